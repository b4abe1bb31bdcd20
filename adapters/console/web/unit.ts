/// <reference lib="dom" />
import { byId, callTypeName, clockTime, esc, statusLabel } from "./format.ts";
import { commandId, pageSession, showLogin } from "./page-login.ts";
import type {
  CommandReply,
  ConsoleConfig,
  SessionReply,
  UnitAssignment,
  UnitStreamMessages,
  UnitUpdate,
} from "./protocol.ts";

/** The statuses a crew reports from the car, in the order of a call. */
const BUTTONS = ["en_route", "on_scene", "transporting", "available"] as const;
/** A note stays marked new this long. */
const FRESH_MS = 15_000;

/**
 * The mobile data terminal of one unit (`/unit/<id>`): the unit's assignment as its own NATS
 * subjects carry it (address, call type, priority, callers' cautions, notes, live), and big
 * buttons for the statuses its crew reports. What it shows changes only by the engine's word.
 */
class UnitTerminal {
  private assignment: UnitAssignment | null = null;
  private statusSince = 0;
  private lastSeq = 0;
  /** Notes seen, by their text and instant: a new one is marked for a while. */
  private readonly seenNotes = new Map<string, number>();
  private readonly sent = new Map<number, string>();
  /** Rejections heard before their command's reply came back, by input sequence. */
  private readonly early = new Map<number, string>();
  private source: EventSource | null = null;

  constructor(
    readonly unitId: string,
    readonly config: ConsoleConfig,
    readonly session: SessionReply,
  ) {}

  start(): void {
    byId("unit-id").textContent = this.unitId;
    document.title = `MDT ${this.unitId}`;
    byId("who").textContent = `${this.session.user} (${this.session.role})`;
    const may = (kind: string) => this.session.commands.includes(kind as never);
    for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>("button[data-status]"))) {
      if (!may("UpdateUnitStatus")) button.hidden = true;
      button.addEventListener("click", () => void this.report(button.dataset["status"] ?? ""));
    }
    if (!may("AddNote")) byId("note-form").hidden = true;
    byId("note-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const note = byId<HTMLInputElement>("note");
      const incidentId = this.assignment?.incident?.incidentId;
      if (incidentId !== undefined && note.value.trim() !== "") {
        void this.send({ kind: "AddNote", incidentId, text: note.value.trim(), author: this.unitId }, "note");
        note.value = "";
      }
    });
    this.connect();
  }

  private connect(): void {
    if (this.session.role === "unit" && this.session.unit !== this.unitId) {
      // The console refuses it too (403 FORBIDDEN_FOR_UNIT): said here before anything is asked.
      this.link(
        "down",
        `Refused: this terminal is bound to unit ${this.session.unit ?? "?"}, not ${this.unitId}.`,
      );
      for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>("button[data-status]")))
        button.disabled = true;
      return;
    }
    const source = new EventSource(`/api/unit/events?unit=${encodeURIComponent(this.unitId)}`);
    this.source = source;
    const on = <K extends keyof UnitStreamMessages>(name: K, f: (data: UnitStreamMessages[K]) => void) =>
      source.addEventListener(name, (e) =>
        f(JSON.parse((e as MessageEvent<string>).data) as UnitStreamMessages[K]),
      );
    on("snapshot", (m) => {
      this.assignment = m.assignment;
      this.statusSince = m.statusSince;
      this.lastSeq = m.lastInputSeq;
      this.link("live", null);
      this.render();
    });
    on("updates", (updates) => {
      for (const u of updates) this.apply(u);
      this.render();
    });
    on("problem", (m) => this.link("live", m.message));
    on("rejected", (r) => {
      const what = this.sent.get(r.inputSeq);
      const why = `rejected by the engine: ${r.code}: ${r.reason}`;
      if (what === undefined) this.early.set(r.inputSeq, why);
      else {
        this.sent.delete(r.inputSeq);
        this.command(`${what}: ${why}`, "rejected");
      }
    });
    source.onerror = () => {
      this.link("down", "console unreachable or refused; retrying");
      void fetch(`/api/session`).then((r) => {
        if (r.status === 401) {
          source.close();
          showLogin("Your session ended: log in again.");
        }
      });
    };
  }

  private apply(u: UnitUpdate): void {
    if (u.inputSeq < this.lastSeq) return;
    this.lastSeq = u.inputSeq;
    if (u.event.type === "UnitStatusChanged" && u.event.unitId === this.unitId) this.statusSince = u.event.at;
    this.assignment = u.assignment;
    const status = this.sent.get(u.inputSeq);
    if (status !== undefined) {
      this.sent.delete(u.inputSeq);
      this.command(`${status}: done`, "applied");
    }
  }

  private async report(status: string): Promise<void> {
    await this.send({ kind: "UpdateUnitStatus", unitId: this.unitId, status }, statusLabel(status));
  }

  private async send(input: object, what: string): Promise<void> {
    this.command(`${what}: sending`, "sending");
    try {
      const r = await fetch("/api/commands", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ id: commandId(), input }),
      });
      const reply = (await r.json()) as CommandReply;
      if (!reply.ok) return this.command(`${what}: refused: ${reply.code}: ${reply.reason}`, "failed");
      const early = this.early.get(reply.seq);
      if (early !== undefined) {
        this.early.delete(reply.seq);
        this.command(`${what}: ${early}`, "rejected");
      } else if (reply.seq <= this.lastSeq) this.command(`${what}: done`, "applied");
      else {
        this.sent.set(reply.seq, what);
        this.command(`${what}: sent, waiting for the engine`, "sent");
      }
    } catch (error) {
      this.command(`${what}: not sent: ${(error as Error).message}`, "failed");
    }
  }

  private command(text: string, state: string): void {
    const line = byId("command");
    line.textContent = text;
    line.dataset["state"] = state;
  }

  private link(state: string, problem: string | null): void {
    byId("link").dataset["state"] = state;
    byId("link").textContent = state;
    byId("problem").hidden = problem === null;
    byId("problem").textContent = problem ?? "";
  }

  private render(): void {
    const a = this.assignment;
    const status = a?.unitStatus ?? "available";
    const chip = byId("unit-status");
    chip.className = `st st-${status}`;
    chip.textContent = statusLabel(status);
    byId("status-since").textContent = this.statusSince > 0 ? `since ${clockTime(this.statusSince)}` : "";
    for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>("button[data-status]")))
      button.setAttribute("aria-pressed", String(button.dataset["status"] === status));
    const i = a?.incident ?? null;
    byId("no-assignment").hidden = i !== null;
    byId("incident").hidden = i === null;
    for (const s of BUTTONS.slice(0, 3))
      (document.querySelector(`button[data-status="${s}"]`) as HTMLButtonElement).disabled = i === null;
    if (i === null) return;
    const priority = byId("priority");
    priority.className = `badge p${Math.min(5, Math.max(1, i.priority))}`;
    priority.textContent = `P${i.priority}`;
    byId("call-type").textContent = i.callTypeName || callTypeName(this.config, i.callType);
    byId("incident-id").textContent = i.incidentId;
    byId("incident-status").textContent = `${statusLabel(i.status)} · received ${clockTime(i.receivedAt)}`;
    byId("address").textContent = i.address || `${i.lat.toFixed(5)}, ${i.lon.toFixed(5)}`;
    byId("zone").textContent = i.zone === null ? "" : `zone ${i.zone}`;
    byId("flags").innerHTML = i.flags
      .map((f) => `<li title="${esc(f)}">⚠ ${esc(this.config.flags[f] ?? f)}</li>`)
      .join("");
    const others = i.unitIds.filter((u) => u !== this.unitId);
    byId("other-units").textContent =
      others.length === 0 ? "No other unit assigned" : `With ${others.join(", ")}`;
    byId("callers").innerHTML = i.callers
      .map(
        (c) =>
          `<li><span class="muted">${esc(clockTime(c.receivedAt))}</span> ${esc(c.description || "(no narrative)")}${
            c.flags.length > 0
              ? ` <b>${esc(c.flags.map((f) => this.config.flags[f] ?? f).join(", "))}</b>`
              : ""
          }</li>`,
      )
      .join("");
    const now = performance.now();
    byId("notes-count").textContent =
      i.notesTotal > i.notes.length ? `(last ${i.notes.length} of ${i.notesTotal})` : "";
    byId("notes").innerHTML = i.notes
      .map((n) => {
        const key = `${n.at}:${n.author}:${n.text}`;
        const seen = this.seenNotes.get(key) ?? now;
        this.seenNotes.set(key, seen);
        const fresh = this.seenNotes.size > i.notes.length && now - seen < FRESH_MS;
        return `<li class="${fresh ? "fresh" : ""}"><span class="muted">${esc(clockTime(n.at))} ${esc(n.author)}</span> ${esc(n.text)}</li>`;
      })
      .join("");
  }
}

async function main(): Promise<void> {
  const session = await pageSession();
  if (session === null) return;
  const unitId = decodeURIComponent(location.pathname.split("/")[2] ?? "");
  const config = (await fetch("/api/config").then((r) => r.json())) as ConsoleConfig;
  new UnitTerminal(unitId, config, session).start();
}

void main();
