/// <reference lib="dom" />
import { byId, esc, priorityBadge } from "./format.ts";
import type { Link, TrackedCommand } from "./link.ts";
import type { ConsoleConfig, EnteredCall, GazetteerReply, WireOutput } from "./protocol.ts";
import { TypeAhead, highlighted } from "./typeahead.ts";

/** What the call-entry panel needs of the page. */
export interface CallEntryHost {
  readonly config: ConsoleConfig;
  readonly link: Link;
  readonly map: { pick(onPicked: (p: { lat: number; lon: number }) => void): () => void };
  selectIncident(id: string): void;
}

type Address = GazetteerReply["matches"][number];
type Place = { lat: number; lon: number; from: "gazetteer" | "map"; near: string | null };
type CallType = { code: string; name: string; priority: number };
/** Where the engine put a call: a new incident, or another caller of an open one. */
type Placed = { incidentId: string; reason: string; distanceMeters: number; priority?: number };

const SUGGESTIONS = 8;
/** Outcomes of recent inputs kept for a command whose POST returns after its outputs. */
const MAX_PLACED = 200;

/**
 * The call-entry panel: a location from the gazetteer (type-ahead) or a click on the map, a call
 * type from the configured ones (type-ahead), the caller's number, flags and a narrative, sent
 * as ReceiveCall. The engine's outputs then say where the call went: a new incident or another
 * caller of an open one, which the panel says and the page selects.
 */
export class CallEntry {
  private place: Place | null = null;
  private startedAt: number | null = null;
  private cancelPick: (() => void) | null = null;
  private readonly placed = new Map<number, Placed>();
  private readonly types: readonly CallType[];
  private awaiting: TrackedCommand | null = null;
  private readonly addresses: TypeAhead<Address>;

  constructor(private readonly host: CallEntryHost) {
    this.types = Object.entries(host.config.callTypes)
      .map(([code, t]) => ({ code, name: t.name, priority: t.priority }))
      .sort((a, b) => a.code.localeCompare(b.code));
    this.addresses = new TypeAhead<Address>(
      byId<HTMLInputElement>("ce-address"),
      byId<HTMLUListElement>("ce-address-list"),
      (text) => this.searchAddresses(text),
      (a) => highlighted(a.address, byId<HTMLInputElement>("ce-address").value),
      (a) => this.setPlace({ lat: a.lat, lon: a.lon, from: "gazetteer", near: null }, a.address),
    );
    new TypeAhead<CallType>(
      byId<HTMLInputElement>("ce-type"),
      byId<HTMLUListElement>("ce-type-list"),
      (text) => this.matchTypes(text),
      (t) =>
        `${priorityBadge(t.priority)} <b>${esc(t.code)}</b> ${highlighted(t.name, byId<HTMLInputElement>("ce-type").value)}`,
      (t) => this.setType(t),
    );
    byId("ce-flags").innerHTML = Object.entries(host.config.flags)
      .map(
        ([code, name]) =>
          `<label><input type="checkbox" value="${esc(code)}" /> ${esc(name)} <span class="muted">${esc(code)}</span></label>`,
      )
      .join("");
    this.wire();
  }

  open(): void {
    byId("callentry").hidden = false;
    byId("new-call").classList.add("on");
    byId("ce-address").focus();
  }

  close(): void {
    this.cancelPick?.();
    byId("callentry").hidden = true;
    byId("new-call").classList.remove("on");
  }

  /** The engine's outputs: where each input's call went, for the call this panel is waiting on. */
  onOutputs(outputs: readonly WireOutput[]): void {
    for (const o of outputs) {
      if (!("event" in o)) continue;
      const e = o.event;
      if (e.type === "CallAttached")
        this.placed.set(o.inputSeq, {
          ...this.placed.get(o.inputSeq),
          incidentId: e.incidentId,
          reason: e.reason,
          distanceMeters: e.distanceMeters,
        });
      else if (e.type === "IncidentCreated" || e.type === "IncidentReprioritised") {
        const known = this.placed.get(o.inputSeq);
        const priority = e.type === "IncidentCreated" ? e.priority : e.to;
        this.placed.set(o.inputSeq, {
          incidentId: e.incidentId,
          reason: "",
          distanceMeters: 0,
          ...known,
          priority,
        });
      }
    }
    while (this.placed.size > MAX_PLACED) this.placed.delete(this.placed.keys().next().value as number);
    this.showOutcome();
  }

  private wire(): void {
    const form = byId<HTMLFormElement>("ce-form");
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      void this.send();
    });
    // The call's time runs from the call-taker's first keystroke or click in the form.
    for (const event of ["input", "change"])
      form.addEventListener(event, () => (this.startedAt ??= performance.now()));
    byId("ce-address").addEventListener("input", () => {
      // Typing over an address taken from the gazetteer unsets its place; a point on the map stays.
      if (this.place?.from === "gazetteer") this.setPlace(null);
    });
    byId("ce-pick").addEventListener("click", () => this.pickOnMap());
    byId("ce-reset").addEventListener("click", () => this.reset(""));
    byId("ce-close").addEventListener("click", () => this.close());
    byId("ce-result").addEventListener("click", (e) => {
      const id = (e.target as Element).closest("[data-incident]")?.getAttribute("data-incident");
      e.preventDefault();
      if (id) this.host.selectIncident(id);
    });
    byId("new-call").addEventListener("click", () => (byId("callentry").hidden ? this.open() : this.close()));
    document.addEventListener(
      "keydown",
      (e) => {
        if (e.key !== "F4" || byId("new-call").hidden) return;
        e.preventDefault();
        this.open();
      },
      true,
    );
  }

  private async searchAddresses(text: string): Promise<readonly Address[]> {
    if (text.trim() === "") return [];
    const params = new URLSearchParams({ q: text.slice(0, 200), limit: String(SUGGESTIONS) });
    const reply = await this.host.link.query<GazetteerReply>(`/api/gazetteer?${params}`);
    if (reply.size === 0) this.say("No gazetteer is configured: pick the location on the map.", "error");
    return reply.matches;
  }

  /** Call types whose code or name has a word starting with each typed word; codes typed in full first. */
  private matchTypes(text: string): readonly CallType[] {
    const words = text
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== "");
    const fits = (t: CallType) => {
      const mine = `${t.code} ${t.name}`.toLowerCase().split(/[^a-z0-9]+/);
      return words.every((w) => mine.some((m) => m.startsWith(w)));
    };
    const exact = (t: CallType) => (t.code.toLowerCase() === text.trim().toLowerCase() ? 0 : 1);
    return this.types
      .filter(fits)
      .sort((a, b) => exact(a) - exact(b) || a.priority - b.priority)
      .slice(0, 50);
  }

  private setType(t: CallType): void {
    byId<HTMLInputElement>("ce-type").value = t.code;
    byId("ce-type-name").innerHTML = `${priorityBadge(t.priority)} ${esc(t.name)}`;
  }

  /** The configured code the type field names: its code in any case, or its full name. */
  private chosenType(): CallType | undefined {
    const text = byId<HTMLInputElement>("ce-type").value.trim().toLowerCase();
    return (
      this.types.find((t) => t.code.toLowerCase() === text) ??
      this.types.find((t) => t.name.toLowerCase() === text)
    );
  }

  private setPlace(place: Place | null, address?: string): void {
    this.place = place;
    if (address !== undefined) byId<HTMLInputElement>("ce-address").value = address;
    const where = byId("ce-location");
    where.dataset["from"] = place?.from ?? "";
    if (place === null) {
      where.textContent = "No location yet: choose an address or pick a point on the map.";
      return;
    }
    const at = `${place.lat.toFixed(5)}, ${place.lon.toFixed(5)}`;
    where.textContent =
      place.from === "gazetteer"
        ? `${at} · from the gazetteer`
        : `${at} · picked on the map${place.near === null ? "" : ` (${place.near})`}`;
  }

  /**
   * A one-shot pick on the map; the nearest known address, if one is close, is named. Meanwhile
   * the panel fades and lets clicks through to the map beneath it.
   */
  private pickOnMap(): void {
    this.cancelPick?.();
    const panel = byId("callentry");
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") stop();
    };
    const prompt = "Click the call's location on the map (Esc cancels).";
    const stop = () => {
      panel.classList.remove("picking");
      if (byId("ce-result").textContent === prompt) this.say("", "info");
      window.removeEventListener("keydown", onKey, true);
      this.cancelPick = null;
    };
    panel.classList.add("picking");
    window.addEventListener("keydown", onKey, true);
    this.say(prompt, "info");
    const cancel = this.host.map.pick((p) => {
      stop();
      this.startedAt ??= performance.now();
      this.setPlace({ ...p, from: "map", near: null });
      const params = new URLSearchParams({ lat: String(p.lat), lon: String(p.lon) });
      void this.host.link
        .query<GazetteerReply>(`/api/gazetteer?${params}`)
        .then((reply) => {
          const n = reply.nearest;
          if (n === null || this.place?.from !== "map" || this.place.lat !== p.lat) return;
          this.setPlace({ ...p, from: "map", near: `near ${n.address}, ${n.distanceMeters ?? 0} m` });
          const field = byId<HTMLInputElement>("ce-address");
          if (field.value.trim() === "") field.value = `near ${n.address}`;
        })
        .catch(() => undefined);
    });
    this.cancelPick = () => {
      cancel();
      stop();
    };
  }

  private async send(): Promise<void> {
    const type = this.chosenType();
    if (this.place === null)
      return this.say("Choose an address from the list, or pick the location on the map.", "error");
    if (type === undefined) return this.say("Choose a call type from the list.", "error");
    const text = (id: string) => byId<HTMLInputElement | HTMLTextAreaElement>(id).value.trim();
    const flags = Array.from(
      document.querySelectorAll<HTMLInputElement>("#ce-flags input:checked"),
      (f) => f.value,
    );
    const input: EnteredCall = {
      kind: "ReceiveCall",
      lat: this.place.lat,
      lon: this.place.lon,
      callType: type.code,
      flags,
      startedMsAgo: Math.round(
        Math.min(3_600_000, performance.now() - (this.startedAt ?? performance.now())),
      ),
      ...(text("ce-address") !== "" && { address: text("ce-address") }),
      ...(text("ce-number") !== "" && { callerNumber: text("ce-number") }),
      ...(text("ce-narrative") !== "" && { description: text("ce-narrative") }),
    };
    byId<HTMLButtonElement>("ce-send").disabled = true;
    this.say("Sending…", "info");
    const command = await this.host.link.sendPosted(input);
    byId<HTMLButtonElement>("ce-send").disabled = false;
    if (command.state === "failed" || command.state === "rejected")
      return this.say(`Not entered: ${command.text}`, "error");
    this.awaiting = command;
    this.showOutcome();
  }

  /** Once the engine has placed the call awaited: says where, selects the incident, clears the form. */
  private showOutcome(): void {
    const command = this.awaiting;
    if (command === null) return;
    if (command.state === "rejected" || command.state === "failed") {
      this.awaiting = null;
      return this.say(`Not entered: ${command.text}`, "error");
    }
    const placed = command.seq === null ? undefined : this.placed.get(command.seq);
    if ((placed === undefined || placed.reason === "") && command.state === "unknown") {
      this.awaiting = null;
      return this.say(
        `Sent as input ${command.seq ?? "?"}; its outcome was missed (the page reloaded): see the queue.`,
        "info",
      );
    }
    if (placed === undefined || placed.reason === "") return;
    this.awaiting = null;
    const input = command.input as EnteredCall;
    const what = `${esc(input.callType)}${placed.priority === undefined ? "" : ` ${priorityBadge(placed.priority)}`}`;
    const id = `<a href="#" data-incident="${esc(placed.incidentId)}">${esc(placed.incidentId)}</a>`;
    const attached = placed.reason !== "first_call";
    const html = attached
      ? `Another caller of ${id}, ${Math.round(placed.distanceMeters)} m away (${what})`
      : `New incident ${id} (${what})`;
    this.say(html, attached ? "attached" : "created", true);
    this.host.selectIncident(placed.incidentId);
    this.reset(null);
  }

  /** Empties the form for the next call; `message` null keeps the last outcome shown. */
  private reset(message: string | null): void {
    this.cancelPick?.();
    byId<HTMLFormElement>("ce-form").reset();
    byId("ce-type-name").textContent = "";
    this.setPlace(null);
    this.addresses.hide();
    this.startedAt = null;
    if (message !== null) this.say(message, "info");
  }

  private say(text: string, kind: "info" | "error" | "created" | "attached", html = false): void {
    const out = byId("ce-result");
    out.dataset["outcome"] = kind;
    if (html) out.innerHTML = text;
    else out.textContent = text;
  }
}
