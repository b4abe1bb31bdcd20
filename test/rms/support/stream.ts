import {
  crewsEventIncident,
  encodeEvent,
  encodeRejection,
  eventSubjectSuffix,
  agencySubjects,
  unitAssignmentOf,
} from "../../../adapters/nats/index.ts";
import type { StreamMessage } from "../../../adapters/rms/index.ts";
import {
  applyInput,
  createState,
  type ApplyResult,
  type EngineConfig,
  type EngineState,
  type Input,
} from "../../../engine/index.ts";
import { config as defaultConfig, type InputBody } from "../../support/scenario.ts";

const UNIT_EVENTS = new Set(["UnitDispatched", "UnitReleased", "UnitStatusChanged"]);

/**
 * An in-process engine that writes the event stream the NATS service would: each event in its
 * Output envelope on cad.<agency>.evt.<suffix>, copies on cad.<agency>.unit.<id>.<suffix> (a unit
 * event to its unit, a note, caller, priority or merge to the incident's crews, each carrying what
 * that unit's terminal shows), and one rejection for a refused input.
 */
export class StreamBuilder {
  readonly state: EngineState = createState();
  readonly inputs: Input[] = [];
  readonly messages: StreamMessage[] = [];

  constructor(
    private readonly agency: string,
    private readonly cfg: EngineConfig = defaultConfig,
  ) {}

  /** Applies an input the scenario needs accepted: a rejection is the scenario's mistake, thrown. */
  given(body: InputBody, at: number): void {
    const r = this.apply(body, at);
    if (r.rejection !== null)
      throw new Error(`${body.kind} at ${at}: ${r.rejection.code} ${r.rejection.reason}`);
  }

  apply(body: InputBody, at: number): ApplyResult {
    const s = agencySubjects(this.agency);
    const input = { ...body, id: `in-${this.inputs.length + 1}`, at: Math.max(at, this.state.now) } as Input;
    this.inputs.push(input);
    const meta = { agency: this.agency, inputSeq: this.inputs.length, inputId: input.id };
    const result = applyInput(this.state, this.cfg, input);
    const push = (subject: string, data: Uint8Array) =>
      this.messages.push({ seq: this.messages.length + 1, subject, data });
    if (result.rejection !== null) {
      push(
        `${s.eventPrefix}rejected`,
        encodeRejection({ ...meta, index: 0 }, input.at, input.kind, result.rejection),
      );
      return result;
    }
    result.events.forEach((event, index) => {
      const data = encodeEvent({ ...meta, index }, event);
      const suffix = eventSubjectSuffix(event);
      push(`${s.eventPrefix}${suffix}`, data);
      const config = this.state.configuration?.config ?? this.cfg;
      const copy = (unitId: string) =>
        push(
          `${s.unitPrefix}${unitId}.${suffix}`,
          encodeEvent({ ...meta, index }, event, unitAssignmentOf(this.state, config, unitId)),
        );
      if (UNIT_EVENTS.has(event.type) && "unitId" in event) copy(event.unitId);
      const about = crewsEventIncident(event);
      for (const unitId of about === undefined ? [] : (this.state.incidents.get(about)?.unitIds ?? []))
        copy(unitId);
    });
    return result;
  }
}
