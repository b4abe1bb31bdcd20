import { headers, type MsgHdrs } from "@nats-io/transport-node";
import type { EngineConfig, EngineEvent, EngineState, Rejection } from "../../engine/index.ts";
import { encodeEvent, encodeRejection, eventSubjectSuffix, type OutputMeta } from "./codec/index.ts";
import { INPUT_SEQ_HEADER, type AgencySubjects } from "./subjects.ts";
import { crewsEventIncident, unitAssignmentOf } from "./unit-assignment.ts";

/**
 * Which output of which input a message is, as fields. The wire id (Nats-Msg-Id) is made from it
 * when the message is published and never read back into it.
 */
export type OutputId =
  /**
   * An input's event, by its index among the input's events; `unitCopy` is its copy on a unit's
   * subject: the event's own unit's (no `unitId`), or (`unitId`) that of a unit assigned to the
   * incident the event is about.
   */
  | {
      readonly agency: string;
      readonly inputSeq: number;
      readonly kind: "event" | "unitCopy";
      readonly index: number;
      readonly unitId?: string;
    }
  /** An input's rejection (an input has one, or events). */
  | { readonly agency: string; readonly inputSeq: number; readonly kind: "rejection" };

/**
 * The message id JetStream deduplicates on: `<agency>:<inputSeq>:<index>`, `…:<index>:unit` (the
 * event's own unit), `…:<index>:unit:<unitId>` (a unit assigned to the event's incident) or `…:r`.
 */
export function msgIdOf(id: OutputId): string {
  switch (id.kind) {
    case "event":
      return `${id.agency}:${id.inputSeq}:${id.index}`;
    case "unitCopy":
      return id.unitId === undefined
        ? `${id.agency}:${id.inputSeq}:${id.index}:unit`
        : `${id.agency}:${id.inputSeq}:${id.index}:unit:${id.unitId}`;
    case "rejection":
      return `${id.agency}:${id.inputSeq}:r`;
  }
}

/** The headers every output carries: the input sequence it came from. */
export function outputHeaders(id: OutputId): MsgHdrs {
  const h = headers();
  h.set(INPUT_SEQ_HEADER, String(id.inputSeq));
  return h;
}

/** One message to publish for an input. */
export interface Output {
  readonly subject: string;
  /** Encodes on demand: replay skips outputs already stored without paying for their encoding. */
  readonly encode: () => Uint8Array;
  readonly id: OutputId;
}

const UNIT_EVENTS = new Set(["UnitDispatched", "UnitReleased", "UnitStatusChanged"]);
const SUBJECT_TOKEN = /^[A-Za-z0-9_-]{1,64}$/;

/** The unit whose own subject also carries this event (`cad.<agency>.unit.<unitId>.…`), if any. */
export function unitCopyOf(event: EngineEvent): string | undefined {
  return UNIT_EVENTS.has(event.type) && "unitId" in event && SUBJECT_TOKEN.test(event.unitId)
    ? event.unitId
    : undefined;
}

/** The engine's state just after the input, and the configuration it was applied under. */
export interface AppliedView {
  readonly state: EngineState;
  readonly config: EngineConfig;
}

/**
 * An event's outputs: on the agency's event subject, and copies on unit subjects. A unit event
 * goes to its unit; with `view` (the state just after the input), so does an incident event its
 * crews must know (a note, a caller, a priority, a merge) to every unit assigned to the incident,
 * and each copy carries what that unit's terminal shows (Output.assignment), read from the state
 * now, when the input is applied: the same log gives the same messages.
 */
export function eventOutputs(
  s: AgencySubjects,
  meta: OutputMeta,
  event: EngineEvent,
  view?: AppliedView,
): Output[] {
  const encode = once(() => encodeEvent(meta, event));
  const suffix = eventSubjectSuffix(event);
  const { agency, inputSeq, index } = meta;
  const out: Output[] = [
    { subject: `${s.eventPrefix}${suffix}`, encode, id: { agency, inputSeq, kind: "event", index } },
  ];
  const unitId = unitCopyOf(event);
  if (view === undefined) {
    if (unitId !== undefined)
      out.push({
        subject: `${s.unitPrefix}${unitId}.${suffix}`,
        encode,
        id: { agency, inputSeq, kind: "unitCopy", index },
      });
    return out;
  }
  const copy = (unit: string, id: OutputId) => {
    const assignment = unitAssignmentOf(view.state, view.config, unit);
    out.push({
      subject: `${s.unitPrefix}${unit}.${suffix}`,
      encode: assignment === undefined ? encode : once(() => encodeEvent(meta, event, assignment)),
      id,
    });
  };
  if (unitId !== undefined) copy(unitId, { agency, inputSeq, kind: "unitCopy", index });
  const about = crewsEventIncident(event);
  const crews = about === undefined ? undefined : view.state.incidents.get(about)?.unitIds;
  for (const unit of crews ?? [])
    if (SUBJECT_TOKEN.test(unit)) copy(unit, { agency, inputSeq, kind: "unitCopy", index, unitId: unit });
  return out;
}

/** An input's rejection, on `cad.<agency>.evt.rejected`. */
export function rejectionOutput(
  s: AgencySubjects,
  meta: OutputMeta,
  at: number,
  inputKind: string,
  rejection: Rejection,
): Output {
  return {
    subject: `${s.eventPrefix}rejected`,
    encode: () => encodeRejection(meta, at, inputKind, rejection),
    id: { agency: meta.agency, inputSeq: meta.inputSeq, kind: "rejection" },
  };
}

/** Calls `f` once, on first use, and remembers its value. */
function once<T>(f: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: f() }).v;
}
