import type { EngineConfig } from "./config/types.ts";
import {
  addNote,
  clearIncident,
  closeIncident,
  linkIncidents,
  mergeIncidents,
  reopenIncident,
  reprioritiseIncident,
} from "./handlers/incidents.ts";
import { receiveCall, splitCall } from "./handlers/calls.ts";
import { Ctx, FieldCheck, type Outcome } from "./handlers/context.ts";
import { dispatchUnit, reassignUnit, updateUnitStatus } from "./handlers/dispatch.ts";
import { addUnit, changeUnit, checkUnit, retireUnit, updateUnitLocation } from "./handlers/roster.ts";
import { tick } from "./handlers/tick.ts";
import { applyConfiguration } from "./handlers/configuration.ts";
import { claimLeadership } from "./handlers/leadership.ts";
import { acceptIncoming, declineIncoming, receiveEido } from "./handlers/incoming.ts";
import { endShare, endSharesOfClosed, shareIncident, transferIncident } from "./handlers/sharing.ts";
import type { EngineEvent } from "./model/events.ts";
import { INPUT_KINDS, type Input, type InputBase } from "./model/inputs.ts";
import { assertNever } from "./model/never.ts";
import { reject, type Rejection } from "./model/rejection.ts";
import type { EngineState } from "./model/state.ts";
import { rememberInput, seenInput } from "./state/create.ts";
import { timerDue } from "./timers/timers.ts";

/** How an input is applied. */
export interface ApplyOptions {
  /**
   * False when the caller needs the state only (a standby, or recovery over inputs whose
   * outputs are already published): recommendations are then neither computed nor emitted.
   * No state depends on a recommendation, so the state is the same either way; the events
   * are the same but for the missing UnitsRecommended. Default true.
   */
  readonly recommendations?: boolean;
}

/** What applying one input gave: the events (empty when rejected) or the rejection. */
export interface ApplyResult {
  readonly events: readonly EngineEvent[];
  readonly rejection: Rejection | null;
}

const MAX_INPUT_ID_LENGTH = 256;

/** What an accepted Tick that fired nothing gives (frozen, as an input's empty events are). */
const QUIET_TICK: ApplyResult = Object.freeze({ events: Object.freeze([]), rejection: null });

/**
 * Applies one input to the state, in place, and returns what happened. Deterministic: the
 * same inputs in the same order always give the same state and results. A rejected input
 * leaves the state exactly as it was. Only a bug throws.
 */
export function applyInput(
  state: EngineState,
  startedWith: EngineConfig,
  input: Input,
  options?: ApplyOptions,
): ApplyResult {
  // The configuration recorded in the log wins over the one the engine was started with (a field read).
  const config = state.configuration === null ? startedWith : state.configuration.config;
  const envelope = checkEnvelope(state, input);
  if (envelope !== undefined) return { events: [], rejection: envelope };
  // Most inputs of a quiet day are Ticks with no timer due: they only move time on (what route()
  // and the lines below would do with no events), without a Ctx.
  if (input.kind === "Tick" && !timerDue(state, input.at)) {
    state.now = input.at;
    rememberInput(state, input.id, config.dedupWindow);
    return QUIET_TICK;
  }
  const ctx = new Ctx(state, config, input.at, options?.recommendations !== false, operatorOf(input));
  const rejection = route(ctx, input);
  if (rejection !== undefined) {
    if (ctx.events.length > 0) throw new Error(`handler for ${input.kind} rejected after emitting events`);
    return { events: [], rejection };
  }
  // A share ends with its incident's closure, whatever input closed it (close, merge, transfer).
  if (state.shares.size > 0) {
    const closed = closedShared(state, ctx.events);
    if (closed.length > 0) endSharesOfClosed(ctx, closed);
  }
  state.now = input.at;
  rememberInput(state, input.id, config.dedupWindow);
  return { events: ctx.events, rejection: null };
}

/** The incidents closed by `events` that are shared, in the order closed. */
function closedShared(state: EngineState, events: readonly EngineEvent[]): string[] {
  const closed: string[] = [];
  for (const e of events)
    if (e.type === "IncidentStatusChanged" && e.to === "closed" && state.shares.has(e.incidentId))
      closed.push(e.incidentId);
  return closed;
}

const KINDS: ReadonlySet<string> = new Set(INPUT_KINDS);

function checkEnvelope(state: EngineState, input: unknown): Rejection | undefined {
  if (typeof input !== "object" || input === null)
    return reject("UNKNOWN_INPUT_KIND", "input is not an object");
  const { kind, id, at } = input as { kind?: unknown; id?: unknown; at?: unknown };
  if (typeof kind !== "string" || !KINDS.has(kind)) {
    return reject("UNKNOWN_INPUT_KIND", `unknown input kind ${JSON.stringify(kind ?? null)}`, "kind");
  }
  const wellFormed =
    typeof id === "string" &&
    id !== "" &&
    id.length <= MAX_INPUT_ID_LENGTH &&
    typeof at === "number" &&
    Number.isInteger(at) &&
    at >= 0;
  if (!wellFormed) {
    // The slow path only finds the words for what is wrong.
    const f = new FieldCheck(input as InputBase);
    f.string("id", { max: MAX_INPUT_ID_LENGTH });
    f.number("at", { int: true, min: 0 });
    if (f.rejection !== undefined) return f.rejection;
    return reject("INVALID_FIELD", "the input's id or instant is malformed", "id");
  }
  if (at < state.now)
    return reject("OUT_OF_ORDER", `input at ${at} is earlier than the engine's time ${state.now}`, "at");
  if (seenInput(state, id)) return reject("DUPLICATE_INPUT", `input ${id} was already applied`, "id");
  return undefined;
}

/** The input's operator when it is one: anything else off the wire is no operator (the adapter rejects it first). */
function operatorOf(input: Input): string | undefined {
  const { operator } = input;
  return typeof operator === "string" && operator !== "" ? operator : undefined;
}

function route(ctx: Ctx, input: Input): Outcome {
  switch (input.kind) {
    case "ReceiveCall":
      return receiveCall(ctx, input);
    case "SplitCall":
      return splitCall(ctx, input);
    case "MergeIncidents":
      return mergeIncidents(ctx, input);
    case "LinkIncidents":
      return linkIncidents(ctx, input);
    case "DispatchUnit":
      return dispatchUnit(ctx, input);
    case "ReassignUnit":
      return reassignUnit(ctx, input);
    case "UpdateUnitStatus":
      return updateUnitStatus(ctx, input);
    case "UpdateUnitLocation":
      return updateUnitLocation(ctx, input);
    case "CheckUnit":
      return checkUnit(ctx, input);
    case "ClearIncident":
      return clearIncident(ctx, input);
    case "CloseIncident":
      return closeIncident(ctx, input);
    case "ReopenIncident":
      return reopenIncident(ctx, input);
    case "ReprioritiseIncident":
      return reprioritiseIncident(ctx, input);
    case "AddNote":
      return addNote(ctx, input);
    case "AddUnit":
      return addUnit(ctx, input);
    case "ChangeUnit":
      return changeUnit(ctx, input);
    case "RetireUnit":
      return retireUnit(ctx, input);
    case "ApplyConfiguration":
      return applyConfiguration(ctx, input);
    case "ClaimLeadership":
      return claimLeadership(ctx, input);
    case "ReceiveEido":
      return receiveEido(ctx, input);
    case "AcceptIncoming":
      return acceptIncoming(ctx, input);
    case "DeclineIncoming":
      return declineIncoming(ctx, input);
    case "ShareIncident":
      return shareIncident(ctx, input);
    case "TransferIncident":
      return transferIncident(ctx, input);
    case "EndShare":
      return endShare(ctx, input);
    case "Tick":
      return tick(ctx);
    default:
      return assertNever(input, "input kind");
  }
}
