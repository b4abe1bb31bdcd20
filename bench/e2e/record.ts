/**
 * Runs inputs through the engine in memory exactly as EngineService reads and applies them (encoded,
 * decoded with the log's id and instant, applied), and records the outputs the service publishes for
 * each: subject, size, message-id shape. The pass-through replays that record, so it publishes the same
 * number and sizes of messages per input as the engine, without the CAD logic.
 */
import {
  agencySubjects,
  inputSubject,
  decodeInput,
  encodeEvent,
  encodeInput,
  encodeRejection,
  eventSubjectSuffix,
  type InputBody,
  unitAssignmentOf,
  crewsEventIncident,
  unitCopyOf,
} from "../../adapters/nats/index.ts";
import {
  applyInput,
  createState,
  reject,
  type EngineConfig,
  type EngineEvent,
  type EngineState,
  type InputKind,
} from "../../engine/index.ts";

/** How an output's message id is formed from the input's sequence (OutputId in adapters/nats/outputs.ts). */
export const OutputKind = { event: 0, unitCopy: 1, rejection: 2, crewCopy: 3 } as const;

/** One input ready to publish: subject suffix after `cad.<agency>.in.`, id, instant, encoded body. */
export interface WireInput {
  readonly kind: InputKind;
  readonly subject: string;
  readonly id: string;
  readonly at: number;
  readonly data: Uint8Array;
}

/** The outputs of input i are entries start[i] .. start[i+1]-1 (columns, to stay small at 10^6 outputs). */
export interface OutputPlan {
  /** Subject suffixes after `cad.<agency>.`, e.g. `evt.units.recommended`, `unit.U12.unit.dispatched`. */
  readonly subjects: string[];
  readonly start: number[];
  readonly subject: number[];
  readonly size: number[];
  /** The output's index among its input's outputs (the `index` of its message id). */
  readonly index: number[];
  readonly kind: number[];
}

export class Recorder {
  readonly state: EngineState = createState();
  readonly inputs: WireInput[] = [];
  readonly plan: OutputPlan = emptyPlan();
  /** Per input: 1 when one of its outputs is UnitsRecommended (a latency sample). */
  readonly recommends: number[] = [];
  rejected = 0;
  outputBytes = 0;
  private readonly subjectIds = new Map<string, number>();
  /** "cad.<agency>.in.": the recorded subjects are suffixes after it. */
  private readonly prefixLength: number;

  constructor(
    private readonly config: EngineConfig,
    /** The agency whose name the envelopes carry (sizes depend on its length). */
    private readonly agency: string,
  ) {
    this.prefixLength = agencySubjects(agency).inputPrefix.length;
  }

  /** Applies one input as the service would (its sequence is its position + 1) and records its outputs. */
  apply(body: InputBody, id: string, at: number): readonly EngineEvent[] {
    const data = encodeInput(body);
    const seq = this.inputs.length + 1;
    // Timed: the load generator sends each input with its Cad-Time, honoured on timed subjects only.
    const subject = inputSubject(this.agency, body, { timed: true }).slice(this.prefixLength);
    this.inputs.push({ kind: body.kind, subject, id, at, data });
    const meta = { agency: this.agency, inputSeq: seq, inputId: id, index: 0 };
    const decoded = decodeInput(body.kind, data, id, at);
    const result = decoded.ok ? applyInput(this.state, this.config, decoded.input) : undefined;
    let events: readonly EngineEvent[] = [];
    let recommends = 0;
    if (result === undefined || result.rejection !== null) {
      const rejection = result?.rejection ?? reject("DECODE_ERROR", decoded.ok ? "" : decoded.reason);
      this.rejected++;
      this.add(
        "evt.rejected",
        encodeRejection(meta, at, body.kind, rejection).length,
        0,
        OutputKind.rejection,
      );
    } else {
      events = result.events;
      events.forEach((event, index) => {
        const suffix = eventSubjectSuffix(event);
        const size = encodeEvent({ ...meta, index }, event).length;
        this.add(`evt.${suffix}`, size, index, OutputKind.event);
        if (event.type === "UnitsRecommended") recommends = 1;
        // The unit subjects' copies, as the service publishes them: the event's own unit, then every
        // unit on the incident the event is about, each with what its terminal shows (its own bytes).
        const about = crewsEventIncident(event);
        const crews = about === undefined ? [] : (this.state.incidents.get(about)?.unitIds ?? []);
        const copy = (unitId: string, kind: number) => {
          const assignment = unitAssignmentOf(this.state, this.config, unitId);
          const bytes = encodeEvent({ ...meta, index }, event, assignment).length;
          this.add(`unit.${unitId}.${suffix}`, bytes, index, kind);
        };
        const own = unitCopyOf(event);
        if (own !== undefined) copy(own, OutputKind.unitCopy);
        for (const unitId of crews) copy(unitId, OutputKind.crewCopy);
      });
    }
    this.recommends.push(recommends);
    this.plan.start.push(this.plan.size.length);
    return events;
  }

  private add(subject: string, size: number, index: number, kind: number): void {
    let id = this.subjectIds.get(subject);
    if (id === undefined) {
      id = this.plan.subjects.length;
      this.plan.subjects.push(subject);
      this.subjectIds.set(subject, id);
    }
    this.plan.subject.push(id);
    this.plan.size.push(size);
    this.plan.index.push(index);
    this.plan.kind.push(kind);
    this.outputBytes += size;
  }
}

/** A slice of a plan, as sent to the pass-through process: inputs [firstInput, firstInput + counts.length). */
export interface PlanChunk {
  readonly firstInput: number;
  /** Subjects from this id on, new since the previous chunk. */
  readonly firstSubject: number;
  readonly subjects: string[];
  /** Outputs per input. */
  readonly counts: number[];
  readonly subject: number[];
  readonly size: number[];
  readonly index: number[];
  readonly kind: number[];
}

export const emptyPlan = (): OutputPlan => ({
  subjects: [],
  start: [0],
  subject: [],
  size: [],
  index: [],
  kind: [],
});

export function planChunk(
  plan: OutputPlan,
  fromInput: number,
  toInput: number,
  firstSubject: number,
): PlanChunk {
  const a = plan.start[fromInput] ?? 0;
  const b = plan.start[toInput] ?? a;
  const counts: number[] = [];
  for (let i = fromInput; i < toInput; i++) counts.push((plan.start[i + 1] ?? 0) - (plan.start[i] ?? 0));
  return {
    firstInput: fromInput,
    firstSubject,
    subjects: plan.subjects.slice(firstSubject),
    counts,
    subject: plan.subject.slice(a, b),
    size: plan.size.slice(a, b),
    index: plan.index.slice(a, b),
    kind: plan.kind.slice(a, b),
  };
}

/** Appends a chunk that continues `plan` exactly (same next input, same next subject id), else throws. */
export function appendChunk(plan: OutputPlan, chunk: PlanChunk): void {
  const inputs = plan.start.length - 1;
  if (chunk.firstInput !== inputs || chunk.firstSubject !== plan.subjects.length)
    throw new Error(
      `plan chunk from input ${chunk.firstInput} (subject ${chunk.firstSubject}) does not continue a plan of ${inputs} inputs (${plan.subjects.length} subjects)`,
    );
  plan.subjects.push(...chunk.subjects);
  let end = plan.start[inputs] ?? 0;
  for (const n of chunk.counts) plan.start.push((end += n));
  plan.subject.push(...chunk.subject);
  plan.size.push(...chunk.size);
  plan.index.push(...chunk.index);
  plan.kind.push(...chunk.kind);
}
