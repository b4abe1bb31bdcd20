import type { CommandRequest, ConsoleCommand, ConsoleCommandKind } from "./web/protocol.ts";

/** A command the console refuses before it reaches the log: a typed code, the reason and the field. */
export class CommandError extends Error {
  override readonly name = "CommandError";
  constructor(
    readonly code: "BAD_COMMAND" | "UNKNOWN_COMMAND",
    readonly reason: string,
    readonly field?: string,
  ) {
    super(reason);
  }
}

type FieldKind = "id" | "text" | "priority" | "lon" | "lat" | "flags" | "ms" | "agency";

/** A command's fields: every one of them, by its name in the input. */
type CommandFields<K extends ConsoleCommandKind> = {
  readonly [F in Exclude<keyof Extract<ConsoleCommand, { kind: K }>, "kind">]-?: [FieldKind, boolean];
};

/** The fields of each command the console sends, and which are required. */
const COMMANDS: { readonly [K in ConsoleCommandKind]: CommandFields<K> } = {
  DispatchUnit: { incidentId: ["id", true], unitId: ["id", true] },
  ReassignUnit: { incidentId: ["id", true], unitId: ["id", true] },
  UpdateUnitStatus: { unitId: ["id", true], status: ["id", true] },
  CheckUnit: { unitId: ["id", true] },
  ClearIncident: { incidentId: ["id", true] },
  CloseIncident: { incidentId: ["id", true], disposition: ["id", true] },
  ReopenIncident: { incidentId: ["id", true], reason: ["text", false] },
  ReprioritiseIncident: { incidentId: ["id", true], priority: ["priority", true], reason: ["text", false] },
  AddNote: { incidentId: ["id", true], text: ["text", true], author: ["id", false] },
  MergeIncidents: { incidentId: ["id", true], intoIncidentId: ["id", true] },
  SplitCall: { callId: ["id", true] },
  LinkIncidents: { incidentId: ["id", true], otherIncidentId: ["id", true] },
  // An EIDO's tracking id is a URN (the NENA sample's is 57 characters): text, not an id.
  AcceptIncoming: { trackingId: ["text", true], lon: ["lon", false], lat: ["lat", false] },
  DeclineIncoming: { trackingId: ["text", true], reason: ["text", true] },
  ShareIncident: { incidentId: ["id", true], toAgency: ["agency", true] },
  TransferIncident: { incidentId: ["id", true], toAgency: ["agency", true], reason: ["text", true] },
  EndShare: { incidentId: ["id", true], toAgency: ["agency", true] },
  ReceiveCall: {
    lon: ["lon", true],
    lat: ["lat", true],
    address: ["text", false],
    callType: ["id", true],
    callerNumber: ["id", false],
    flags: ["flags", false],
    description: ["text", false],
    startedMsAgo: ["ms", false],
  },
};

const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;
/** An agency id as its subjects spell it (adapters/nats/subjects.ts). */
const AGENCY = /^[a-z0-9][a-z0-9_-]{0,31}$/;
const MAX_ID = 128;
const MAX_TEXT = 2000;
/** The engine takes at most this many caller flags (engine/handlers/calls.ts). */
const MAX_FLAGS = 32;
/** A call entered over more than an hour is still taken when it was sent, less an hour at most. */
export const MAX_ENTRY_MS = 3_600_000;

/**
 * Reads a command request from the page. Only the shape is checked here (known kind, fields
 * of the right type and size); whether the command makes sense is the engine's to say, and
 * it says so with a rejection on the event stream.
 */
export function parseCommandRequest(body: unknown): CommandRequest {
  if (!isRecord(body)) throw new CommandError("BAD_COMMAND", "expected a JSON object {id, input}");
  const id = body["id"];
  if (typeof id !== "string" || !CLIENT_ID.test(id))
    throw new CommandError("BAD_COMMAND", "id: 8-64 letters, digits, - or _", "id");
  const input = body["input"];
  if (!isRecord(input)) throw new CommandError("BAD_COMMAND", "input: expected an object", "input");
  const kind = input["kind"];
  if (typeof kind !== "string" || !Object.hasOwn(COMMANDS, kind))
    throw new CommandError(
      "UNKNOWN_COMMAND",
      `input.kind: a console sends ${Object.keys(COMMANDS).join(", ")}, not ${JSON.stringify(kind ?? null)}`,
      "kind",
    );
  return { id, input: readFields(kind as ConsoleCommandKind, input) };
}

/** The command's known fields, checked; anything else in the input is left out. */
function readFields(kind: ConsoleCommandKind, input: Record<string, unknown>): ConsoleCommand {
  const out: Record<string, unknown> = { kind };
  for (const [field, [type, required]] of Object.entries(COMMANDS[kind])) {
    const value = input[field];
    if (value === undefined || value === null || value === "") {
      if (required) throw new CommandError("BAD_COMMAND", `${field} is required for ${kind}`, field);
      continue;
    }
    out[field] = checkField(field, type, value);
  }
  return out as unknown as ConsoleCommand;
}

function checkField(field: string, type: FieldKind, value: unknown): string | number | string[] {
  if (type === "lon" || type === "lat") {
    const max = type === "lon" ? 180 : 90;
    if (typeof value !== "number" || !Number.isFinite(value) || Math.abs(value) > max)
      throw new CommandError("BAD_COMMAND", `${field}: expected degrees within ±${max}`, field);
    return value;
  }
  if (type === "ms") {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_ENTRY_MS)
      throw new CommandError("BAD_COMMAND", `${field}: expected whole milliseconds 0-${MAX_ENTRY_MS}`, field);
    return value;
  }
  if (type === "flags") {
    if (
      !Array.isArray(value) ||
      value.length > MAX_FLAGS ||
      value.some((f) => typeof f !== "string" || f === "" || f.length > MAX_ID)
    )
      throw new CommandError(
        "BAD_COMMAND",
        `${field}: expected a list of at most ${MAX_FLAGS} flag codes`,
        field,
      );
    return [...(value as string[])];
  }
  if (type === "priority") {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 99)
      throw new CommandError("BAD_COMMAND", `${field}: expected a whole number 1-99`, field);
    return value;
  }
  if (type === "agency") {
    if (typeof value !== "string" || !AGENCY.test(value))
      throw new CommandError("BAD_COMMAND", `${field}: an agency id (a-z, 0-9, _ or -; 1-32)`, field);
    return value;
  }
  const max = type === "id" ? MAX_ID : MAX_TEXT;
  if (typeof value !== "string" || value.length > max)
    throw new CommandError("BAD_COMMAND", `${field}: expected text of at most ${max} characters`, field);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
