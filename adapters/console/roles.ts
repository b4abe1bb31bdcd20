import type { ConsoleRole } from "../auth/users.ts";
import type { ConsoleCommandKind } from "./web/protocol.ts";

/** Who a request comes from: the session's user, never anything the page says. */
export interface Operator {
  readonly user: string;
  readonly role: ConsoleRole;
  /** The remote address of the request. */
  readonly client: string;
  /** Role unit: the one unit this terminal speaks for. */
  readonly unit?: string;
}

const DISPATCH: readonly ConsoleCommandKind[] = [
  "DispatchUnit",
  "ReassignUnit",
  "UpdateUnitStatus",
  "CheckUnit",
  "ClearIncident",
  "AddNote",
  "MergeIncidents",
  "SplitCall",
  "LinkIncidents",
  // Incidents other agencies hand over by EIDO: taken or declined (cmd.incoming.accept / decline).
  "AcceptIncoming",
  "DeclineIncoming",
  // Ours shared with or transferred to another agency (cmd.incident.share / transfer / unshare).
  "ShareIncident",
  "TransferIncident",
  "EndShare",
];

/** Entering a call (ReceiveCall on cad.<agency>.in.call): call-takers, dispatchers and supervisors. */
const CALL_ENTRY: readonly ConsoleCommandKind[] = ["ReceiveCall"];

/**
 * The commands each console role may send (contract, section 4). A call-taker enters calls and
 * adds notes; a dispatcher sends every dispatch command (merge, split and link among them;
 * accepting or declining another agency's incident; sharing or transferring one of ours), unit
 * status and notes, and enters calls; a supervisor also reprioritises, closes and reopens; a
 * viewer only reads.
 */
export const ROLE_COMMANDS: { readonly [R in ConsoleRole]: readonly ConsoleCommandKind[] } = {
  viewer: [],
  "call-taker": ["AddNote", ...CALL_ENTRY],
  dispatcher: [...DISPATCH, ...CALL_ENTRY],
  supervisor: [...DISPATCH, "ReprioritiseIncident", "CloseIncident", "ReopenIncident", ...CALL_ENTRY],
  // A unit's terminal: its own unit's status, and notes on the incident that unit serves (see unitMay).
  unit: ["UpdateUnitStatus", "AddNote"],
};

export function mayCommand(role: ConsoleRole, kind: ConsoleCommandKind): boolean {
  return ROLE_COMMANDS[role].includes(kind);
}

/**
 * A unit terminal's commands are about its own unit only: its status, and notes on the incident
 * it serves now (`servedIncident`, asked of the engine). Undefined when allowed, else why not.
 */
export function unitRefusal(
  who: Operator,
  input: { readonly kind: ConsoleCommandKind; readonly unitId?: string; readonly incidentId?: string },
  servedIncident?: string | null,
): string | undefined {
  if (who.role !== "unit") return undefined;
  if (input.kind === "UpdateUnitStatus" && input.unitId !== who.unit)
    return `the terminal of unit ${who.unit ?? "?"} may not report for unit ${input.unitId ?? "?"}`;
  if (input.kind === "AddNote" && (servedIncident == null || servedIncident !== input.incidentId))
    return `the terminal of unit ${who.unit ?? "?"} may add notes only to the incident it serves`;
  return undefined;
}

export type AccessCode =
  | "FORBIDDEN_FOR_UNIT"
  | "NO_SESSION"
  | "SESSION_EXPIRED"
  | "SESSION_ENDED"
  | "FORBIDDEN_FOR_ROLE"
  | "LOGIN_FAILED"
  | "ACCOUNT_LOCKED";

/** A request the console refuses for who sent it (or that nobody is logged in): 401, 403 or 423. */
export class AccessError extends Error {
  override readonly name = "AccessError";
  constructor(
    readonly status: 401 | 403 | 423,
    readonly code: AccessCode,
    message: string,
  ) {
    super(message);
  }
}
