/// <reference lib="dom" />
import { byId, esc, shortIncident, statusLabel } from "./format.ts";
import { describeCommand, type TrackedCommand } from "./link.ts";
import type { ConsoleModel } from "./model.ts";
import type { ConsoleCommand, ConsoleCommandKind, ConsoleConfig } from "./protocol.ts";

/** What an argument of a verb names: the type-ahead offers these. */
type ArgKind =
  "unit" | "incident" | "status" | "disposition" | "priority" | "call" | "text" | "incoming" | "agency";

interface Verb {
  readonly verb: string;
  readonly args: readonly ArgKind[];
  readonly usage: string;
  readonly help: string;
  /** The command the verb sends (what the operator's role must allow). */
  readonly kind: ConsoleCommandKind | null;
}

/**
 * The command line's verbs, keyboard-first as on Spillman or STORM consoles. An incident may be
 * given as the page shows it (INC-000012, INC-12 or 12); left out, it is the selected incident.
 */
export const VERBS: readonly Verb[] = [
  {
    verb: "D",
    args: ["unit", "incident"],
    usage: "D <unit> [incident]",
    help: "dispatch a unit",
    kind: "DispatchUnit",
  },
  {
    verb: "RA",
    args: ["unit", "incident"],
    usage: "RA <unit> [incident]",
    help: "reassign (pre-empt) a busy unit; asks to confirm",
    kind: "ReassignUnit",
  },
  {
    verb: "AC",
    args: ["incident"],
    usage: "AC [incident]",
    help: "accept the engine's recommendation (its units for the slots still uncovered)",
    kind: "DispatchUnit",
  },
  {
    verb: "ST",
    args: ["unit", "status"],
    usage: "ST <unit> <status>",
    help: "unit status (codes below)",
    kind: "UpdateUnitStatus",
  },
  {
    verb: "CK",
    args: ["unit"],
    usage: "CK <unit>",
    help: "check a unit (its status timer)",
    kind: "CheckUnit",
  },
  {
    verb: "CLR",
    args: ["incident"],
    usage: "CLR [incident]",
    help: "clear an incident",
    kind: "ClearIncident",
  },
  {
    verb: "CL",
    args: ["incident", "disposition"],
    usage: "CL [incident] <disposition>",
    help: "close with a disposition",
    kind: "CloseIncident",
  },
  {
    verb: "RO",
    args: ["incident", "text"],
    usage: "RO [incident] [reason]",
    help: "reopen a cleared or closed incident",
    kind: "ReopenIncident",
  },
  {
    verb: "P",
    args: ["incident", "priority", "text"],
    usage: "P [incident] <priority> [reason]",
    help: "reprioritise",
    kind: "ReprioritiseIncident",
  },
  {
    verb: "N",
    args: ["incident", "text"],
    usage: "N [incident] <text>",
    help: "add a note",
    kind: "AddNote",
  },
  {
    verb: "MG",
    args: ["incident", "incident"],
    usage: "MG <incident> <into incident>",
    help: "merge the first incident into the second; asks to confirm",
    kind: "MergeIncidents",
  },
  {
    verb: "SP",
    args: ["call"],
    usage: "SP <call>",
    help: "split a caller off into a new incident",
    kind: "SplitCall",
  },
  {
    verb: "LK",
    args: ["incident", "incident"],
    usage: "LK <incident> <incident>",
    help: "link two incidents",
    kind: "LinkIncidents",
  },
  {
    verb: "AI",
    args: ["incoming", "text"],
    usage: "AI <n> [lat lon]",
    help: "accept incoming incident n (its row in Incoming, or its tracking id); lat lon place it when the sender gave no coordinates",
    kind: "AcceptIncoming",
  },
  {
    verb: "DI",
    args: ["incoming", "text"],
    usage: "DI <n> <reason>",
    help: "decline incoming incident n, saying why (the sender is told)",
    kind: "DeclineIncoming",
  },
  {
    verb: "TR",
    args: ["incident", "agency", "text"],
    usage: "TR [incident] <agency> <reason>",
    help: "transfer an incident to another agency (it becomes theirs); asks to confirm",
    kind: "TransferIncident",
  },
  {
    verb: "SH",
    args: ["incident", "agency"],
    usage: "SH [incident] <agency>",
    help: "share an incident with another agency (it stays ours; they follow it)",
    kind: "ShareIncident",
  },
  {
    verb: "US",
    args: ["incident", "agency"],
    usage: "US [incident] <agency>",
    help: "end the sharing of an incident with an agency",
    kind: "EndShare",
  },
  { verb: "I", args: ["incident"], usage: "I <incident>", help: "show an incident", kind: null },
  { verb: "HELP", args: [], usage: "HELP or ?", help: "this list", kind: null },
];

/** Status codes the command line takes (the unit board shows the four-letter ones). */
export const STATUS_CODES: Readonly<Record<string, string>> = {
  AV: "available",
  AVL: "available",
  ER: "en_route",
  ENRT: "en_route",
  OS: "on_scene",
  ONSC: "on_scene",
  TR: "transporting",
  TRAN: "transporting",
  AH: "at_hospital",
  HOSP: "at_hospital",
  RT: "returning",
  RTRN: "returning",
  OOS: "out_of_service",
};

/** What a typed line asks for: a command to send (perhaps after a confirmation), a page action, or an error. */
export type Parsed =
  | { readonly ok: true; readonly input: ConsoleCommand; readonly confirm?: string }
  | { readonly ok: true; readonly accept: string }
  | { readonly ok: true; readonly show: string }
  | { readonly ok: true; readonly help: true }
  | { readonly ok: false; readonly error: string };

/** What the command line reads of the page: the model, the configuration, the selection, the role. */
export interface CommandContext {
  readonly model: ConsoleModel;
  readonly config: ConsoleConfig;
  readonly selectedIncident: string | null;
  /** The calls of the selected incident, when the page has them (for SP's type-ahead). */
  readonly calls: readonly string[];
  may(kind: ConsoleCommandKind): boolean;
}

const FREE = new Set(["available", "returning"]);

/** An incident as typed: its id, or its number as the page shows it (12, INC-12); null if none matches. */
export function resolveIncident(model: ConsoleModel, token: string): string | null {
  const t = token.toUpperCase();
  const ids = [...model.incidents.keys()];
  const exact = ids.find((id) => id.toUpperCase() === t || shortIncident(id).toUpperCase() === t);
  if (exact !== undefined) return exact;
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  const matches = ids.filter((id) => Number(/(\d+)$/.exec(id)?.[1] ?? NaN) === n);
  // Two agencies' prefixes could share a number: the active one first, then the newest.
  matches.sort((a, b) => {
    const ia = model.incidents.get(a);
    const ib = model.incidents.get(b);
    return (
      Number(ia?.endedAt !== null) - Number(ib?.endedAt !== null) ||
      (ib?.times.receivedAt ?? 0) - (ia?.times.receivedAt ?? 0)
    );
  });
  return matches[0] ?? null;
}

/** A unit as typed, in the case the engine knows it by (or as typed, for the engine to refuse). */
function resolveUnit(model: ConsoleModel, token: string): string {
  const t = token.toUpperCase();
  for (const id of model.units.keys()) if (id.toUpperCase() === t) return id;
  return token;
}

function resolveStatus(config: ConsoleConfig, token: string): string {
  const t = token.toUpperCase();
  const code = STATUS_CODES[t];
  if (code !== undefined) return code;
  const named = config.statuses.find((s) => s.toUpperCase() === t || s.replace(/_/g, "").toUpperCase() === t);
  // Anything else goes as typed: the engine reads agency status names too, and says when it cannot.
  return named ?? token;
}

function resolveDisposition(config: ConsoleConfig, token: string): string {
  const t = token.toUpperCase();
  const exact = config.dispositions.find((d) => d.toUpperCase() === t);
  if (exact !== undefined) return exact;
  const prefixed = config.dispositions.filter((d) => d.toUpperCase().startsWith(t));
  return prefixed.length === 1 && prefixed[0] !== undefined ? prefixed[0] : t;
}

const KIND_WORDS: Readonly<Record<ConsoleCommandKind, string>> = {
  DispatchUnit: "dispatch units",
  ReassignUnit: "reassign units",
  UpdateUnitStatus: "change unit statuses",
  CheckUnit: "check units",
  ClearIncident: "clear incidents",
  CloseIncident: "close incidents",
  ReopenIncident: "reopen incidents",
  ReprioritiseIncident: "reprioritise incidents",
  AddNote: "add notes",
  MergeIncidents: "merge incidents",
  SplitCall: "split calls",
  LinkIncidents: "link incidents",
  ReceiveCall: "enter calls",
  AcceptIncoming: "accept incoming incidents",
  DeclineIncoming: "decline incoming incidents",
  ShareIncident: "share incidents",
  TransferIncident: "transfer incidents",
  EndShare: "end shares",
};

/** An agency id as its NATS subjects spell it. */
const AGENCY = /^[a-z0-9][a-z0-9_-]{0,31}$/;

/** The local part of an EIDO tracking id (urn:emergency:uid:incidentid:<local>:<domain>), or the whole id. */
export function incomingLabel(trackingId: string): string {
  return /^urn:emergency:uid:incidentid:([^:]+):/i.exec(trackingId)?.[1] ?? trackingId;
}

/**
 * An incoming incident as typed: its row number in the Incoming panel (1 is the oldest), its
 * tracking id, or the tracking id's local part as the panel shows it; null if none matches.
 */
export function resolveIncoming(model: ConsoleModel, token: string): string | null {
  const list = model.incomingList();
  if (/^\d+$/.test(token)) return list[Number(token) - 1]?.trackingId ?? null;
  const t = token.toLowerCase();
  const byId = list.find((i) => i.trackingId.toLowerCase() === t);
  if (byId !== undefined) return byId.trackingId;
  const byLabel = list.filter((i) => incomingLabel(i.trackingId).toLowerCase() === t);
  return byLabel.length === 1 && byLabel[0] !== undefined ? byLabel[0].trackingId : null;
}

/**
 * Reads one typed line. Only the form is checked here (verb, arguments, which incident a number
 * means); whether the command makes sense is the engine's to say, and the page shows its answer.
 */
export function parseCommandLine(line: string, ctx: CommandContext): Parsed {
  const words = line
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  const head = words[0]?.toUpperCase();
  if (head === undefined) return { ok: false, error: "type a command (HELP or ? lists them)" };
  if (head === "?" || head === "HELP") return { ok: true, help: true };
  const verb = VERBS.find((v) => v.verb === head);
  if (verb === undefined) return { ok: false, error: `unknown command "${words[0]}": HELP or ? lists them` };
  if (verb.kind !== null && !ctx.may(verb.kind))
    return { ok: false, error: `your role may not ${KIND_WORDS[verb.kind]}` };
  const rest = words.slice(1);
  const usage = `usage: ${verb.usage}`;
  /**
   * The incident named by rest[0], taking it off rest ("required": whatever it is; "optional": if
   * it names or looks like one), else the selected incident ("selected": always that one).
   */
  const incidentArg = (mode: "required" | "optional" | "selected"): string | { error: string } => {
    const first = rest[0];
    if (first !== undefined && mode !== "selected") {
      const id = resolveIncident(ctx.model, first);
      // A bare number the page does not know is an incident only when none is selected ("N 3 units
      // on scene" notes on the selected one); PREFIX-digits always is.
      const looksLikeOne =
        /^[A-Z]+-\d+$/i.test(first) || (/^\d+$/.test(first) && ctx.selectedIncident === null);
      // A number the page does not know goes as typed: the engine says whether there is such an incident.
      if (id !== null || mode === "required" || looksLikeOne) {
        rest.shift();
        return id ?? first.toUpperCase();
      }
    }
    if (ctx.selectedIncident !== null) return ctx.selectedIncident;
    return { error: `no incident: name one, or select one first (${usage})` };
  };
  const fail = (error: string): Parsed => ({ ok: false, error });
  switch (head) {
    case "D":
    case "RA": {
      const unitToken = rest.shift();
      if (unitToken === undefined) return fail(usage);
      const unitId = resolveUnit(ctx.model, unitToken);
      const incidentId = incidentArg(rest.length > 0 ? "required" : "selected");
      if (typeof incidentId !== "string") return fail(incidentId.error);
      if (rest.length > 0) return fail(usage);
      if (head === "D") return { ok: true, input: { kind: "DispatchUnit", incidentId, unitId } };
      return {
        ok: true,
        input: { kind: "ReassignUnit", incidentId, unitId },
        confirm: reassignQuestion(ctx.model, unitId, incidentId),
      };
    }
    case "AC":
    case "CLR":
    case "I": {
      const incidentId = incidentArg(rest.length > 0 ? "required" : "selected");
      if (typeof incidentId !== "string") return fail(incidentId.error);
      if (rest.length > 0) return fail(usage);
      if (head === "AC") return { ok: true, accept: incidentId };
      if (head === "I") return { ok: true, show: incidentId };
      return { ok: true, input: { kind: "ClearIncident", incidentId } };
    }
    case "ST": {
      const [unitToken, statusToken, ...more] = rest;
      if (unitToken === undefined || statusToken === undefined || more.length > 0) return fail(usage);
      return {
        ok: true,
        input: {
          kind: "UpdateUnitStatus",
          unitId: resolveUnit(ctx.model, unitToken),
          status: resolveStatus(ctx.config, statusToken),
        },
      };
    }
    case "CK": {
      if (rest.length !== 1 || rest[0] === undefined) return fail(usage);
      return { ok: true, input: { kind: "CheckUnit", unitId: resolveUnit(ctx.model, rest[0]) } };
    }
    case "CL": {
      const incidentId = incidentArg(rest.length >= 2 ? "required" : "selected");
      if (typeof incidentId !== "string") return fail(incidentId.error);
      if (rest.length !== 1 || rest[0] === undefined)
        return fail(`${usage}; dispositions: ${ctx.config.dispositions.join(", ")}`);
      return {
        ok: true,
        input: { kind: "CloseIncident", incidentId, disposition: resolveDisposition(ctx.config, rest[0]) },
      };
    }
    case "RO": {
      const incidentId = incidentArg("optional");
      if (typeof incidentId !== "string") return fail(incidentId.error);
      const reason = rest.join(" ");
      return { ok: true, input: { kind: "ReopenIncident", incidentId, ...(reason !== "" && { reason }) } };
    }
    case "P": {
      const incidentId = incidentArg(rest.length >= 2 ? "required" : "selected");
      if (typeof incidentId !== "string") return fail(incidentId.error);
      const priority = Number(rest.shift()?.replace(/^P/i, ""));
      const levels = ctx.config.priorities.map((p) => p.level);
      if (!Number.isInteger(priority) || priority < 1 || priority > 99)
        return fail(`${usage}; priorities: ${levels.join(", ")}`);
      const reason = rest.join(" ");
      return {
        ok: true,
        input: { kind: "ReprioritiseIncident", incidentId, priority, ...(reason !== "" && { reason }) },
      };
    }
    case "N": {
      const incidentId = incidentArg("optional");
      if (typeof incidentId !== "string") return fail(incidentId.error);
      const text = noteText(line, words.length - rest.length);
      if (text === "") return fail(usage);
      return { ok: true, input: { kind: "AddNote", incidentId, text } };
    }
    case "MG":
    case "LK": {
      if (rest.length !== 2) return fail(usage);
      const a = incidentArg("required");
      const b = incidentArg("required");
      if (typeof a !== "string") return fail(a.error);
      if (typeof b !== "string") return fail(b.error);
      return head === "MG"
        ? {
            ok: true,
            input: { kind: "MergeIncidents", incidentId: a, intoIncidentId: b },
            confirm: mergeQuestion(a, b),
          }
        : { ok: true, input: { kind: "LinkIncidents", incidentId: a, otherIncidentId: b } };
    }
    case "AI":
    case "DI": {
      const token = rest.shift();
      if (token === undefined) return fail(usage);
      const trackingId = resolveIncoming(ctx.model, token);
      if (trackingId === null)
        return fail(`no incoming incident ${token} (the Incoming panel numbers them 1, 2, …)`);
      if (head === "DI") {
        const reason = noteText(line, 2);
        if (reason === "") return fail(`${usage}: say why (the sender is told)`);
        return { ok: true, input: { kind: "DeclineIncoming", trackingId, reason } };
      }
      if (rest.length === 0) return { ok: true, input: { kind: "AcceptIncoming", trackingId } };
      const [lat, lon] = rest
        .join(" ")
        .split(/[\s,]+/)
        .map(Number);
      if (rest.join(" ").split(/[\s,]+/).length !== 2 || !Number.isFinite(lat) || !Number.isFinite(lon))
        return fail(`${usage}: the place as latitude and longitude in degrees (47.61 -122.33)`);
      return {
        ok: true,
        input: { kind: "AcceptIncoming", trackingId, lat: lat as number, lon: lon as number },
      };
    }
    case "TR":
    case "SH":
    case "US": {
      // The incident comes first when it is named: TR takes a reason after the agency.
      const first = rest[0] ?? "";
      const named =
        resolveIncident(ctx.model, first) !== null || /^[A-Z]+-\d+$/i.test(first) || /^\d+$/.test(first);
      const incidentId = incidentArg(
        rest.length >= (head === "TR" ? 3 : 2) && named ? "required" : "selected",
      );
      if (typeof incidentId !== "string") return fail(incidentId.error);
      const agency = rest.shift()?.toLowerCase();
      if (agency === undefined) return fail(usage);
      if (!AGENCY.test(agency)) return fail(`${usage}: "${agency}" is not an agency id (a-z, 0-9, _ or -)`);
      if (head === "TR") {
        const reason = noteText(line, words.length - rest.length);
        if (reason === "") return fail(`${usage}: say why`);
        return {
          ok: true,
          input: { kind: "TransferIncident", incidentId, toAgency: agency, reason },
          confirm: transferQuestion(incidentId, agency),
        };
      }
      if (rest.length > 0) return fail(usage);
      return {
        ok: true,
        input: { kind: head === "SH" ? "ShareIncident" : "EndShare", incidentId, toAgency: agency },
      };
    }
    case "SP": {
      if (rest.length !== 1 || rest[0] === undefined) return fail(usage);
      const t = rest[0].toUpperCase();
      const callId = ctx.calls.find((c) => c.toUpperCase() === t) ?? rest[0];
      return { ok: true, input: { kind: "SplitCall", callId } };
    }
    default:
      return fail(usage);
  }
}

/** The note as typed (its spacing kept), after the first `skip` words. */
function noteText(line: string, skip: number): string {
  let rest = line.trimStart();
  for (let k = 0; k < skip; k++) rest = rest.replace(/^\S+\s*/, "");
  return rest.trim();
}

/** What the dispatcher is asked before a unit is taken from what it is doing. */
export function reassignQuestion(model: ConsoleModel, unitId: string, incidentId: string): string {
  const unit = model.units.get(unitId);
  const now =
    unit === undefined
      ? "unknown to this page"
      : `${statusLabel(unit.status)}${unit.incidentId === null ? "" : ` on ${shortIncident(unit.incidentId)}`}`;
  return `Reassign ${unitId} (${now}) to ${shortIncident(incidentId)}?`;
}

/** What the dispatcher is asked before an incident is merged away (it closes as MERGED). */
export function mergeQuestion(incidentId: string, into: string): string {
  const a = shortIncident(incidentId);
  return `Merge ${a} into ${shortIncident(into)}? ${a} closes as merged; its callers and units move.`;
}

/** What the dispatcher is asked before an incident is given to another agency. */
export function transferQuestion(incidentId: string, agency: string): string {
  return `Transfer ${shortIncident(incidentId)} to agency ${agency}? It becomes theirs once they accept it.`;
}

/** Whether a unit may be sent without pre-empting it (free, by the page's picture). */
export function isFree(model: ConsoleModel, unitId: string): boolean {
  const unit = model.units.get(unitId);
  return unit !== undefined && unit.incidentId === null && FREE.has(unit.status);
}

/** The values type-ahead offers for the word being typed. */
export function suggestions(line: string, ctx: CommandContext, max = 8): string[] {
  const words = line.trimStart().split(/\s+/);
  const at = words.length - 1;
  const typed = (words[at] ?? "").toUpperCase();
  const starts = (values: Iterable<string>) =>
    [...new Set(values)].filter((v) => v.toUpperCase().startsWith(typed) && v.toUpperCase() !== typed);
  if (at === 0)
    return starts(VERBS.filter((v) => v.kind === null || ctx.may(v.kind)).map((v) => v.verb)).slice(0, max);
  const verb = VERBS.find((v) => v.verb === words[0]?.toUpperCase());
  if (verb === undefined) return [];
  const kind = verb.args[Math.min(at - 1, verb.args.length - 1)];
  const incidents = () => {
    const active = [...ctx.model.pending(), ...ctx.model.working(), ...ctx.model.ended().slice(0, 30)];
    return active.flatMap((i) => [shortIncident(i.id), i.id]);
  };
  switch (kind) {
    case "unit": {
      const units = [...ctx.model.units.values()].sort(
        (a, b) => Number(!FREE.has(a.status)) - Number(!FREE.has(b.status)) || (a.id < b.id ? -1 : 1),
      );
      return starts(units.map((u) => u.id)).slice(0, max);
    }
    case "incident":
      return starts(incidents()).slice(0, max);
    case "status":
      return starts(Object.keys(STATUS_CODES)).slice(0, max);
    case "disposition":
      return starts(ctx.config.dispositions).slice(0, max);
    case "priority":
      return starts(ctx.config.priorities.map((p) => String(p.level))).slice(0, max);
    case "call":
      return starts(ctx.calls).slice(0, max);
    case "incoming":
      return starts(ctx.model.incomingList().map((_, k) => String(k + 1))).slice(0, max);
    default:
      return [];
  }
}

/** The help's list of verbs and status codes, as HTML. */
export function helpHtml(): string {
  const verbs = VERBS.map((v) => `<dt>${esc(v.usage)}</dt><dd>${esc(v.help)}</dd>`).join("");
  const byStatus = new Map<string, string[]>();
  for (const [code, status] of Object.entries(STATUS_CODES))
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  const codes = [...byStatus]
    .map(([status, list]) => `<dt>${esc(list.join(" / "))}</dt><dd>${esc(statusLabel(status))}</dd>`)
    .join("");
  return `<h2>Command line (F2 or /)</h2><p class="muted">An incident as the page shows it: INC-000012, INC-12 or 12; left out, the selected one. Tab completes, ↑ recalls.</p><dl>${verbs}</dl><h3>Status codes</h3><dl>${codes}</dl>`;
}

/** What the command line does for the page: the model, sending, accepting, confirming, selecting. */
export interface CommandHost {
  context(): CommandContext;
  /** Sends a command; the tracked command, whose state the line then shows. */
  send(input: ConsoleCommand): TrackedCommand | null;
  /** Asks the engine for its recommendation and dispatches its units; the commands sent. */
  accept(incidentId: string): Promise<TrackedCommand[]>;
  confirm(question: string): Promise<boolean>;
  selectIncident(id: string): void;
  toggleHelp(): void;
}

const HISTORY = 50;

/**
 * The command line in the page's top bar: a typed line is parsed, sent, and followed until the
 * engine answers; its rejection is shown next to the line. Tab completes the word being typed.
 */
export class CommandLine {
  private readonly input = byId<HTMLInputElement>("cmd");
  private readonly status = byId("cmd-status");
  private readonly suggest = byId("cmd-suggest");
  private tracked: TrackedCommand[] = [];
  private note = "";
  private error = false;
  private readonly history: string[] = [];
  private historyAt = 0;

  constructor(private readonly host: CommandHost) {}

  wire(): void {
    this.input.addEventListener("keydown", (e) => this.onKey(e));
    this.input.addEventListener("input", () => this.showSuggestions());
    this.input.addEventListener("blur", () => (this.suggest.hidden = true));
    this.suggest.addEventListener("pointerdown", (e) => {
      const value = (e.target as Element).closest("[data-value]")?.getAttribute("data-value");
      if (value !== null && value !== undefined) {
        e.preventDefault();
        this.complete(value);
      }
    });
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  /** Shows the state of the last line's commands (called whenever commands change). */
  render(): void {
    if (this.tracked.length === 0) {
      this.status.textContent = this.note;
      this.status.className = `cmd-status${this.error ? " rejected" : ""}`;
      this.status.title = this.note;
      return;
    }
    const bad = this.tracked.some((c) => c.state === "rejected" || c.state === "failed");
    const done = this.tracked.every((c) => c.state !== "sending" && c.state !== "sent");
    const text = this.tracked
      .map((c) => {
        const what =
          c.state === "sending" || c.state === "sent"
            ? "sent…"
            : c.state === "applied"
              ? "done"
              : `${c.state}${c.text === "" ? "" : ` — ${c.text}`}`;
        return `${describeCommand(c.input)}: ${what}`;
      })
      .join(" · ");
    this.status.textContent = (this.note === "" ? "" : `${this.note} `) + text;
    this.status.title = this.status.textContent;
    this.status.className = `cmd-status${bad ? " rejected" : done ? " applied" : ""}`;
  }

  private say(note: string, error: boolean): void {
    this.tracked = [];
    this.note = note;
    this.error = error;
    this.render();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === "Enter") {
      e.preventDefault();
      void this.run(this.input.value);
    } else if (e.key === "Tab") {
      const first = suggestions(this.input.value, this.host.context())[0];
      if (first !== undefined) {
        e.preventDefault();
        this.complete(first);
      }
    } else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      e.preventDefault();
      this.historyAt = Math.max(
        0,
        Math.min(this.history.length, this.historyAt + (e.key === "ArrowUp" ? -1 : 1)),
      );
      this.input.value = this.history[this.historyAt] ?? "";
      this.showSuggestions();
    } else if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      if (this.input.value !== "") this.input.value = "";
      else this.input.blur();
      this.suggest.hidden = true;
    }
  }

  private complete(value: string): void {
    const words = this.input.value.trimStart().split(/\s+/);
    words[words.length - 1] = value;
    this.input.value = `${words.join(" ")} `;
    this.input.focus();
    this.showSuggestions();
  }

  private showSuggestions(): void {
    const values = suggestions(this.input.value, this.host.context());
    this.suggest.hidden = values.length === 0 || this.input.value.trim() === "";
    this.suggest.innerHTML = values
      .map((v, k) => `<li data-value="${esc(v)}"${k === 0 ? ' class="first"' : ""}>${esc(v)}</li>`)
      .join("");
  }

  /** Runs a typed line: the page's own error at once, else the command sent and followed. */
  async run(line: string): Promise<void> {
    const parsed = parseCommandLine(line, this.host.context());
    this.suggest.hidden = true;
    if (!parsed.ok) return this.say(parsed.error, true);
    if (this.history[this.history.length - 1] !== line.trim()) this.history.push(line.trim());
    if (this.history.length > HISTORY) this.history.shift();
    this.historyAt = this.history.length;
    this.input.value = "";
    if ("help" in parsed) {
      this.host.toggleHelp();
      return this.say("", false);
    }
    if ("show" in parsed) {
      this.host.selectIncident(parsed.show);
      return this.say(`showing ${shortIncident(parsed.show)}`, false);
    }
    if ("accept" in parsed) {
      this.host.selectIncident(parsed.accept);
      this.say(`accept ${shortIncident(parsed.accept)}: asking the engine…`, false);
      try {
        const sent = await this.host.accept(parsed.accept);
        if (sent.length === 0)
          return this.say(
            `accept ${shortIncident(parsed.accept)}: the engine recommends no unit to send`,
            true,
          );
        this.note = "";
        this.tracked = sent;
        this.render();
      } catch (error) {
        this.say(`accept ${shortIncident(parsed.accept)}: ${(error as Error).message}`, true);
      }
      return;
    }
    if (parsed.confirm !== undefined) {
      this.say(parsed.confirm, false);
      const yes = await this.host.confirm(parsed.confirm);
      this.input.focus();
      if (!yes) return this.say(`not sent: ${describeCommand(parsed.input)}`, false);
    }
    const command = this.host.send(parsed.input);
    if (command === null)
      return this.say(`not sent: your role may not ${describeCommand(parsed.input)}`, true);
    this.note = "";
    this.tracked = [command];
    this.render();
  }
}
