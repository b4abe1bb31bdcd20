/// <reference lib="dom" />
import { showLogin, wireLogin } from "./page-login.ts";
import {
  CommandLine,
  helpHtml,
  isFree,
  mergeQuestion,
  parseCommandLine,
  reassignQuestion,
  resolveIncident,
  transferQuestion,
  type CommandContext,
} from "./cmdline.ts";
import { renderIncoming } from "./incoming.ts";
import { CallEntry } from "./callentry.ts";
import { DetailView } from "./detail.ts";
import { byId, esc, setTimeZone, shortIncident, statusLabel } from "./format.ts";
import { Link, describeCommand, type TrackedCommand } from "./link.ts";
import { MapView, legendHtml } from "./map.ts";
import { ConsoleModel } from "./model.ts";
import {
  renderAlerts,
  renderQueue,
  renderTop,
  renderUnits,
  renderWorking,
  type Selection,
  type View,
} from "./panels.ts";
import type {
  ConsoleCommand,
  ConsoleCommandKind,
  ConsoleConfig,
  LayersReply,
  SessionReply,
  WireOutput,
  ZonesReply,
} from "./protocol.ts";

const TICK_MS = 500;
const MAP_EVERY_MS = 400;
const TOAST_MS = 6000;
/** Time in status on the unit board moves every this many ticks. */
const UNITS_EVERY_TICKS = 4;

/** The page's controls of each command, hidden from a role that may not send it. */
const CONTROLS: { readonly [K in ConsoleCommandKind]: readonly string[] } = {
  DispatchUnit: ["accept", "send", "send-unit"],
  ReassignUnit: [],
  UpdateUnitStatus: ["unit-status", "unit-status-set"],
  CheckUnit: ["unit-check"],
  ClearIncident: ["clear"],
  CloseIncident: ["disposition", "close"],
  ReopenIncident: [],
  ReprioritiseIncident: ["priority", "reprioritise"],
  AddNote: ["note-form"],
  MergeIncidents: ["merge", "other-incident"],
  SplitCall: [],
  LinkIncidents: ["link-incidents"],
  ReceiveCall: ["new-call"],
  // Its place field (#incoming-place) is shown by the panel only when needed: the body's class hides it.
  AcceptIncoming: ["incoming-accept"],
  DeclineIncoming: ["incoming-decline", "incoming-reason"],
  ShareIncident: ["share"],
  TransferIncident: ["transfer", "transfer-reason"],
  EndShare: ["unshare"],
};

/** The dispatch console page: a model fed by the gateway's stream, views drawn from it, commands sent. */
class ConsoleApp {
  readonly model = new ConsoleModel();
  readonly selection: Selection = { incidentId: null, unitId: null };
  readonly link: Link;
  readonly view: View;
  readonly detail: DetailView;
  readonly map: MapView;
  readonly cmdline: CommandLine;
  readonly callEntry: CallEntry;
  private dirty = false;
  private listsVersion = -1;
  private readonly accepting = new Set<string>();
  /** The incoming incident opened in the Incoming panel (its tracking id). */
  private incomingOpen: string | null = null;
  /** Incoming incidents this page asked to accept (by tracking id): the incident is selected once taken. */
  private readonly acceptedHere = new Set<string>();
  private answer: ((yes: boolean) => void) | null = null;
  private mapDrawnAt = 0;
  private frame = 0;
  private ticks = 0;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly config: ConsoleConfig,
    zones: ZonesReply,
    readonly session: SessionReply,
  ) {
    this.link = new Link(this.model, (what, outputs) => this.changed(what, outputs));
    this.view = {
      config,
      model: this.model,
      link: this.link,
      selection: this.selection,
      now: () => this.link.engineNow(),
    };
    this.detail = new DetailView(this.view);
    this.cmdline = new CommandLine({
      context: () => this.commandContext(),
      send: (input) => this.send(input),
      accept: (incidentId) => this.acceptRecommendation(incidentId),
      confirm: (question) => this.confirm(question),
      selectIncident: (id) => this.selectIncident(id),
      toggleHelp: () => (byId("help").hidden = !byId("help").hidden),
    });
    this.map = new MapView(
      byId("map") as unknown as SVGSVGElement,
      zones,
      (what) =>
        what.incidentId !== undefined
          ? this.selectIncident(what.incidentId)
          : this.selectUnit(what.unitId ?? null),
      () => this.drawMap(true),
    );
    this.callEntry = new CallEntry(this);
  }

  start(): void {
    setTimeZone(this.config.timeZone);
    byId("help-commands").innerHTML = helpHtml();
    byId("agency").textContent = this.config.agency;
    document.title = `CAD console · ${this.config.agency}`;
    byId("who").textContent = `${this.session.user} (${this.session.role})`;
    this.link.onRefused = (c) => this.toast(c);
    this.link.onSignedOut = (code) =>
      showLogin(code === "SESSION_EXPIRED" ? "Your session expired: log in again." : "Log in again.");
    this.hideForbidden();
    this.fillSelects();
    byId("legend").innerHTML = legendHtml(
      this.config.statuses,
      this.config.priorities.map((p) => p.level),
    );
    this.wire();
    // A call-taker's page opens on the call-entry form.
    if (this.session.role === "call-taker") this.callEntry.open();
    this.link.connect();
    setInterval(() => this.tick(), TICK_MS);
  }

  /** Says plainly, for a few seconds, that a command of this page was refused. */
  toast(command: TrackedCommand): void {
    const toast = byId("toast");
    toast.textContent = `${describeCommand(command.input)}: ${command.state} — ${command.text}`;
    toast.hidden = false;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => (toast.hidden = true), TOAST_MS);
  }

  /** Sends a command; what it changes shows only when the engine's outputs arrive. */
  send(input: ConsoleCommand): TrackedCommand | null {
    if (!this.may(input.kind)) return null;
    if (input.kind === "AcceptIncoming") this.acceptedHere.add(input.trackingId);
    return this.link.send(input);
  }

  /** What the command line reads of the page. */
  commandContext(): CommandContext {
    const calls = (this.detail.incident?.calls ?? []).flatMap((c) => (c === null ? [] : [c.id]));
    return {
      model: this.model,
      config: this.config,
      selectedIncident: this.selection.incidentId,
      calls,
      may: (kind) => this.may(kind),
    };
  }

  /** Asks the dispatcher a yes/no question in the page (Y or Enter: yes; N or Esc: no). */
  confirm(question: string): Promise<boolean> {
    this.answer?.(false);
    byId("confirm-text").textContent = question;
    byId("confirm").hidden = false;
    byId("confirm-yes").focus();
    return new Promise((resolve) => {
      this.answer = (yes) => {
        this.answer = null;
        byId("confirm").hidden = true;
        resolve(yes);
      };
    });
  }

  answerConfirm(yes: boolean): boolean {
    if (this.answer === null) return false;
    this.answer(yes);
    return true;
  }

  /** Sends a unit the dispatcher chose: a free one is dispatched, a busy one reassigned once confirmed. */
  async sendUnit(typed: string): Promise<void> {
    const incidentId = this.selection.incidentId;
    if (incidentId === null || typed.trim() === "") return;
    const parsed = parseCommandLine(`D ${typed.trim()} ${incidentId}`, this.commandContext());
    if (!parsed.ok || !("input" in parsed) || parsed.input.kind !== "DispatchUnit") return;
    const { unitId } = parsed.input;
    if (this.model.units.get(unitId) === undefined || isFree(this.model, unitId)) {
      this.send({ kind: "DispatchUnit", incidentId, unitId });
      return;
    }
    if (await this.confirm(reassignQuestion(this.model, unitId, incidentId)))
      this.send({ kind: "ReassignUnit", incidentId, unitId });
  }

  /** Merges the selected incident into another, once confirmed (the selected one closes as merged). */
  async mergeInto(typed: string): Promise<void> {
    const incidentId = this.selection.incidentId;
    if (incidentId === null || typed.trim() === "") return;
    const into = resolveIncident(this.model, typed.trim()) ?? typed.trim().toUpperCase();
    if (await this.confirm(mergeQuestion(incidentId, into)))
      this.send({ kind: "MergeIncidents", incidentId, intoIncidentId: into });
  }

  /** Opens (or closes, when open) an incoming incident's detail in the Incoming panel. */
  openIncoming(trackingId: string | null): void {
    this.incomingOpen = trackingId === this.incomingOpen ? null : trackingId;
    renderIncoming(this.view, this.incomingOpen);
  }

  /** An incoming incident this page accepted becomes the selected incident: the next step is to dispatch. */
  private selectAccepted(outputs: readonly WireOutput[]): void {
    for (const o of outputs)
      if (
        "event" in o &&
        o.event.type === "IncomingIncidentAccepted" &&
        this.acceptedHere.delete(o.event.trackingId)
      )
        this.selectIncident(o.event.incidentId);
  }

  /** Accepts the open incoming incident, placed where the dispatcher typed when the EIDO has no coordinates. */
  acceptIncoming(): void {
    const open = this.incomingOpen === null ? undefined : this.model.incoming.get(this.incomingOpen);
    if (open === undefined) return;
    const typed = byId<HTMLInputElement>("incoming-latlon").value.trim();
    const [lat, lon] = typed.split(/[\s,]+/).map(Number);
    const place =
      typed !== "" && Number.isFinite(lat) && Number.isFinite(lon)
        ? { lat: lat as number, lon: lon as number }
        : {};
    if (typed !== "" && !("lat" in place))
      return this.say("Place: latitude and longitude in degrees (47.61 -122.33)");
    this.send({ kind: "AcceptIncoming", trackingId: open.trackingId, ...place });
  }

  /** Declines the open incoming incident with the reason typed (the engine asks for one). */
  declineIncoming(): void {
    const open = this.incomingOpen === null ? undefined : this.model.incoming.get(this.incomingOpen);
    if (open === undefined) return;
    const reason = byId<HTMLInputElement>("incoming-reason");
    this.send({ kind: "DeclineIncoming", trackingId: open.trackingId, reason: reason.value.trim() });
    reason.value = "";
  }

  /** Shares, ends sharing or (once confirmed) transfers the selected incident with the agency typed. */
  async shareAction(kind: "ShareIncident" | "EndShare" | "TransferIncident"): Promise<void> {
    const incidentId = this.selection.incidentId;
    const toAgency = byId<HTMLInputElement>("other-agency").value.trim().toLowerCase();
    if (incidentId === null) return;
    if (toAgency === "") return this.say("Name the other agency first");
    if (kind !== "TransferIncident") {
      this.send({ kind, incidentId, toAgency });
      return;
    }
    const reason = byId<HTMLInputElement>("transfer-reason").value.trim();
    if (await this.confirm(transferQuestion(incidentId, toAgency)))
      this.send({ kind, incidentId, toAgency, reason });
  }

  may(kind: ConsoleCommandKind): boolean {
    return this.session.commands.includes(kind);
  }

  /** The controls of commands this operator's role may not send are not shown (the server refuses them anyway). */
  private hideForbidden(): void {
    for (const [kind, ids] of Object.entries(CONTROLS) as [ConsoleCommandKind, readonly string[]][])
      if (!this.may(kind)) for (const id of ids) byId(id).hidden = true;
    // Controls drawn with the incident (a slot's candidates, a caller's Split) go by the body's class.
    document.body.classList.toggle("may-not-dispatch", !this.may("DispatchUnit"));
    document.body.classList.toggle("may-not-split", !this.may("SplitCall"));
    document.body.classList.toggle("may-not-accept-incoming", !this.may("AcceptIncoming"));
  }

  selectIncident(id: string | null): void {
    this.selection.incidentId = id;
    this.detail.select();
    this.renderAll();
    if (id !== null)
      document.querySelector(`tr[data-incident="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "nearest" });
  }

  selectUnit(id: string | null): void {
    this.selection.unitId = id;
    const unit = id === null ? undefined : this.model.units.get(id);
    const select = byId<HTMLSelectElement>("unit-status");
    if (unit !== undefined) select.value = unit.status === "available" ? "out_of_service" : "available";
    if (unit !== undefined) byId<HTMLInputElement>("send-unit").value = unit.id;
    this.renderAll();
  }

  /**
   * Accepts the engine's recommendation: asks the engine now (the recommend query) and
   * dispatches exactly the units it puts on the slots still uncovered; nothing is worked out here.
   */
  async acceptRecommendation(incidentId = this.selection.incidentId): Promise<TrackedCommand[]> {
    // One acceptance at a time per incident: a second Enter while the engine is asked sends nothing twice.
    if (
      incidentId === null ||
      this.accepting.has(incidentId) ||
      this.link.inFlight("DispatchUnit", incidentId)
    )
      return [];
    this.accepting.add(incidentId);
    try {
      const units = await this.detail.askRecommendation(incidentId);
      return units.flatMap((unitId) => this.send({ kind: "DispatchUnit", incidentId, unitId }) ?? []);
    } finally {
      this.accepting.delete(incidentId);
    }
  }

  /** Incidents in the order the lists show them: the queue, then active, then ended. */
  incidentOrder(): string[] {
    return [...this.model.pending(), ...this.model.working(), ...this.model.ended().slice(0, 30)].map(
      (i) => i.id,
    );
  }

  private changed(what: "model" | "link" | "commands", outputs?: readonly WireOutput[]): void {
    if (what === "model" && outputs === undefined) this.detail.select(); // a fresh snapshot
    if (what === "commands") this.cmdline.render();
    if (outputs !== undefined) this.detail.onOutputs(outputs);
    if (outputs !== undefined) this.selectAccepted(outputs);
    if (what === "model") this.callEntry.onOutputs(outputs ?? []);
    this.dirty = true;
    if (this.frame === 0) this.frame = requestAnimationFrame(() => this.renderDirty());
  }

  private renderDirty(): void {
    this.frame = 0;
    if (!this.dirty) return;
    this.dirty = false;
    this.renderAll(false);
  }

  private renderAll(forceMap = true): void {
    renderTop(this.view);
    renderIncoming(this.view, this.incomingOpen);
    renderQueue(this.view);
    renderWorking(this.view);
    renderUnits(this.view, byId<HTMLInputElement>("unit-filter").value.trim());
    renderAlerts(this.view);
    this.detail.render();
    this.cmdline.render();
    this.fillLists();
    this.drawMap(forceMap);
  }

  /** The type-ahead lists of the send-unit and other-incident fields, when the model moved. */
  private fillLists(): void {
    if (this.listsVersion === this.model.version) return;
    this.listsVersion = this.model.version;
    const options = (values: readonly string[]) =>
      values.map((v) => `<option value="${esc(v)}"></option>`).join("");
    const free = [...this.model.units.values()]
      .sort(
        (a, b) =>
          Number(!isFree(this.model, a.id)) - Number(!isFree(this.model, b.id)) || (a.id < b.id ? -1 : 1),
      )
      .map((u) => u.id);
    byId("unit-ids").innerHTML = options(free);
    byId("incident-ids").innerHTML = options(
      [...this.model.pending(), ...this.model.working()].map((i) => shortIncident(i.id)),
    );
  }

  private drawMap(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.mapDrawnAt < MAP_EVERY_MS) {
      this.dirty = true;
      return;
    }
    this.mapDrawnAt = now;
    this.map.render(this.model, {
      incidentId: this.selection.incidentId,
      unitId: this.selection.unitId,
      recommended: this.detail.recommendedUnits(),
    });
  }

  /** Waiting times and the clock move even when no output arrives. */
  private tick(): void {
    renderTop(this.view);
    renderQueue(this.view);
    renderWorking(this.view);
    this.detail.render(false);
    if (++this.ticks % UNITS_EVERY_TICKS === 0)
      renderUnits(this.view, byId<HTMLInputElement>("unit-filter").value.trim());
    if (this.dirty) this.renderDirty();
  }

  private fillSelects(): void {
    const options = (values: readonly (readonly [string, string])[]) =>
      values.map(([v, label]) => `<option value="${esc(v)}">${esc(label)}</option>`).join("");
    byId("disposition").innerHTML = options(
      this.config.dispositions.map((d) => [d, d.replace(/_/g, " ").toLowerCase()]),
    );
    byId("priority").innerHTML = options(
      this.config.priorities.map((p) => [String(p.level), `P${p.level} ${p.name}`]),
    );
    byId("unit-status").innerHTML = options(
      this.config.statuses.filter((s) => s !== "dispatched").map((s) => [s, statusLabel(s)]),
    );
  }

  private wire(): void {
    const incident = () => this.selection.incidentId;
    const unit = () => this.selection.unitId;
    const onClick = (id: string, f: () => void) => byId(id).addEventListener("click", f);
    onClick(
      "accept",
      () => void this.acceptRecommendation().catch((e: unknown) => this.say((e as Error).message)),
    );
    onClick("send", () => void this.sendUnit(byId<HTMLInputElement>("send-unit").value));
    onClick("merge", () => void this.mergeInto(byId<HTMLInputElement>("other-incident").value));
    onClick("link-incidents", () => {
      const id = incident();
      const typed = byId<HTMLInputElement>("other-incident").value.trim();
      if (id === null || typed === "") return;
      const other = resolveIncident(this.model, typed) ?? typed.toUpperCase();
      this.send({ kind: "LinkIncidents", incidentId: id, otherIncidentId: other });
    });
    onClick("reopen", () => {
      const id = incident();
      if (id !== null)
        this.send({ kind: "ReopenIncident", incidentId: id, reason: "reopened from the console" });
    });
    onClick("incoming-accept", () => this.acceptIncoming());
    onClick("incoming-decline", () => this.declineIncoming());
    onClick("share", () => void this.shareAction("ShareIncident"));
    onClick("unshare", () => void this.shareAction("EndShare"));
    onClick("transfer", () => void this.shareAction("TransferIncident"));
    byId("incoming").addEventListener("pointerdown", (e) => {
      const id = (e.target as Element).closest("[data-incoming]")?.getAttribute("data-incoming");
      if (id) this.openIncoming(id);
    });
    onClick("confirm-yes", () => this.answerConfirm(true));
    onClick("confirm-no", () => this.answerConfirm(false));
    // The recommendation's candidates and the callers' Split buttons are redrawn with the panel.
    byId("detail").addEventListener("click", (e) => {
      const target = e.target as Element;
      const unitId = target.closest("[data-send-unit]")?.getAttribute("data-send-unit");
      const callId = target.closest("[data-split-call]")?.getAttribute("data-split-call");
      if (unitId) void this.sendUnit(unitId);
      else if (callId) this.send({ kind: "SplitCall", callId });
    });
    this.cmdline.wire();
    onClick("clear", () => {
      const id = incident();
      if (id !== null) this.send({ kind: "ClearIncident", incidentId: id });
    });
    onClick("close", () => {
      const id = incident();
      const disposition = byId<HTMLSelectElement>("disposition").value;
      if (id !== null) this.send({ kind: "CloseIncident", incidentId: id, disposition });
    });
    onClick("reprioritise", () => {
      const id = incident();
      const priority = Number(byId<HTMLSelectElement>("priority").value);
      if (id !== null) this.send({ kind: "ReprioritiseIncident", incidentId: id, priority });
    });
    onClick("unit-status-set", () => {
      const id = unit();
      const status = byId<HTMLSelectElement>("unit-status").value;
      if (id !== null) this.send({ kind: "UpdateUnitStatus", unitId: id, status });
    });
    onClick("unit-check", () => {
      const id = unit();
      if (id !== null) this.send({ kind: "CheckUnit", unitId: id });
    });
    onClick("help-button", () => (byId("help").hidden = !byId("help").hidden));
    byId("note-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const note = byId<HTMLInputElement>("note");
      const id = incident();
      if (id !== null && note.value.trim() !== "") {
        this.send({ kind: "AddNote", incidentId: id, text: note.value.trim(), author: "console" });
        note.value = "";
      }
    });
    // Rows and tiles are redrawn often: select on press, before a redraw can swallow the click.
    for (const panel of ["queue", "units"]) {
      byId(panel).addEventListener("pointerdown", (e) => {
        const target = (e.target as Element).closest("[data-incident],[data-unit]");
        const incidentId = target?.getAttribute("data-incident");
        const unitId = target?.getAttribute("data-unit");
        if (incidentId) this.selectIncident(incidentId);
        else if (unitId) this.selectUnit(unitId);
      });
    }
    byId("unit-filter").addEventListener("input", () => this.renderAll(false));
    window.addEventListener("resize", () => this.drawMap(true));
    document.addEventListener("keydown", (e) => onKey(this, e));
  }

  /** Says something went wrong, where the page says refusals. */
  say(text: string): void {
    const toast = byId("toast");
    toast.textContent = text;
    toast.hidden = false;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => (toast.hidden = true), TOAST_MS);
  }
}

/** Escape leaves a field, then closes the help, then deselects. */
function onEscape(app: ConsoleApp, target: HTMLElement, typing: boolean): void {
  if (typing) target.blur();
  else if (!byId("help").hidden) byId("help").hidden = true;
  else app.selectIncident(null);
}

/** In the unit filter, Enter selects the first unit shown. */
function onFieldKey(app: ConsoleApp, e: KeyboardEvent, target: HTMLElement): void {
  if (e.key !== "Enter" || target.id !== "unit-filter") return;
  const first = document.querySelector("#units [data-unit]")?.getAttribute("data-unit");
  if (first) app.selectUnit(first);
  target.blur();
}

function onKey(app: ConsoleApp, e: KeyboardEvent): void {
  const target = e.target as HTMLElement;
  const typing = target.matches("input, select, textarea");
  if (!byId("confirm").hidden) {
    const yes = e.key === "y" || e.key === "Y";
    const no = e.key === "n" || e.key === "N" || e.key === "Escape";
    if (yes || no) {
      e.preventDefault();
      app.answerConfirm(yes);
      return;
    }
  }
  if (e.key === "F2" || (e.key === "/" && !typing)) {
    e.preventDefault();
    app.cmdline.focus();
    return;
  }
  if (e.key === "Escape") return onEscape(app, target, typing);
  if (typing) return onFieldKey(app, e, target);
  // A focused button answers Enter and Space itself.
  if (target.matches("button") && (e.key === "Enter" || e.key === " ")) return;
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const move = (step: number) => {
    const order = app.incidentOrder();
    const at = app.selection.incidentId === null ? -1 : order.indexOf(app.selection.incidentId);
    const next = order[Math.min(order.length - 1, Math.max(0, at + step))];
    if (next !== undefined) app.selectIncident(next);
  };
  const focus = (id: string) => {
    e.preventDefault();
    byId(id).focus();
  };
  const keys: Record<string, () => void> = {
    ArrowDown: () => move(1),
    j: () => move(1),
    ArrowUp: () => move(-1),
    k: () => move(-1),
    Enter: () => void app.acceptRecommendation().catch((error: unknown) => app.say((error as Error).message)),
    C: () => byId("clear").click(),
    r: () => app.detail.refresh({ detail: true, recommendation: true }),
    n: () => focus("note"),
    u: () => focus("unit-filter"),
    s: () => focus("unit-status"),
    "?": () => (byId("help").hidden = !byId("help").hidden),
  };
  const action = keys[e.key];
  if (action === undefined) return;
  if (e.key.startsWith("Arrow") || e.key === "Enter") e.preventDefault();
  action();
}

async function main(): Promise<void> {
  wireLogin();
  const who = await fetch("/api/session");
  if (!who.ok) return showLogin("");
  const session = (await who.json()) as SessionReply;
  // A unit terminal's user has its own page: the unit's assignment and status buttons.
  if (session.role === "unit" && session.unit !== undefined)
    return location.replace(`/unit/${encodeURIComponent(session.unit)}`);
  byId("supervisor-link").hidden = session.role !== "supervisor";
  const [config, zones] = await Promise.all([
    fetch("/api/config").then((r) => r.json() as Promise<ConsoleConfig>),
    fetch("/api/zones").then((r) => r.json() as Promise<ZonesReply>),
  ]);
  document.body.classList.remove("logged-out");
  const app = new ConsoleApp(config, zones, session);
  app.start();
  // The map's layers may be large: the page works while they come.
  void fetch("/api/layers")
    .then((r) => (r.ok ? (r.json() as Promise<LayersReply>) : null))
    .then((layers) => layers !== null && app.map.setLayers(layers));
}

void main();
