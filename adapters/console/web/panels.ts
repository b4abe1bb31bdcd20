/// <reference lib="dom" />
import {
  byId,
  callTypeName,
  clockTime,
  dispatchTargetSeconds,
  duration,
  esc,
  patchRows,
  priorityBadge,
  shortIncident,
  statusChip,
  statusLabel,
  zoneName,
  type Row,
} from "./format.ts";
import { describeCommand, type Link } from "./link.ts";
import type { ConsoleIncident, ConsoleModel, ConsoleUnit } from "./model.ts";
import type { ConsoleConfig } from "./protocol.ts";

export interface Selection {
  incidentId: string | null;
  unitId: string | null;
}

export interface View {
  readonly config: ConsoleConfig;
  readonly model: ConsoleModel;
  readonly link: Link;
  readonly selection: Selection;
  /** The engine's time now (estimated between clock readings). */
  now(): number;
}

/** How long a pending incident has waited, against its dispatch target. */
export function waitOf(
  view: View,
  i: ConsoleIncident,
): { seconds: number; target: number; overdue: boolean } {
  const seconds = Math.max(0, (view.now() - i.queuedAt) / 1000);
  const target = dispatchTargetSeconds(view.config, i.callType, i.priority);
  return { seconds, target, overdue: i.overdueAlerts > 0 || seconds > target };
}

export function renderQueue(view: View): void {
  const pending = view.model.pending();
  byId("pending-count").textContent = String(pending.length);
  byId("pending-empty").hidden = pending.length > 0;
  const rows = pending.map((i): Row => {
    const w = waitOf(view, i);
    const className = [
      w.overdue ? "overdue" : w.seconds > 0.75 * w.target ? "due-soon" : "",
      i.id === view.selection.incidentId ? "selected" : "",
    ].join(" ");
    const where = [i.zone, i.address].filter((s) => s !== null && s !== "").join(" · ");
    // Short, so the Wait column fits a 1366-wide screen: the row is red, the count says how often it alerted.
    const flag =
      i.overdueAlerts > 0
        ? ` <span class="tag alert" title="overdue alerts: ${i.overdueAlerts}">!${i.overdueAlerts}</span>`
        : "";
    return {
      key: i.id,
      className,
      html: `<td>${priorityBadge(i.priority)}</td><td class="id">${esc(i.id)}</td><td title="${esc(callTypeName(view.config, i.callType))}">${esc(i.callType)}</td><td title="${esc(where)}">${esc(where)}</td><td class="num wait" title="target ${duration(w.target)}">${duration(w.seconds)}${flag}</td>`,
    };
  });
  patchRows(byId("pending"), rows, "tr", "data-incident");
}

export function renderWorking(view: View): void {
  const working = view.model.working();
  byId("working-count").textContent = String(working.length);
  const selected = (id: string) => (id === view.selection.incidentId ? "selected" : "");
  const rows = working.map((i): Row => ({
    key: i.id,
    className: selected(i.id),
    html: `<td>${priorityBadge(i.priority)}</td><td class="id">${esc(i.id)}</td><td title="${esc(callTypeName(view.config, i.callType))}">${esc(i.callType)}</td><td>${statusChip(i.status)}</td><td class="mono">${esc(i.unitIds.join(" "))}</td><td class="num">${duration((view.now() - i.times.receivedAt) / 1000)}</td>`,
  }));
  patchRows(byId("working"), rows, "tr", "data-incident");
  const ended = view.model
    .ended()
    .slice(0, 30)
    .map((i): Row => ({
      key: i.id,
      className: selected(i.id),
      html: `<td>${priorityBadge(i.priority)}</td><td class="id">${esc(i.id)}</td><td>${esc(i.callType)}</td><td>${statusChip(i.status)}</td><td class="num">${clockTime(i.endedAt)}</td>`,
    }));
  patchRows(byId("ended"), ended, "tr", "data-incident");
}

/** The unit board: a tile per unit, grouped by agency, coloured by status. */
export function renderUnits(view: View, filter: string): void {
  const units = [...view.model.units.values()].filter((u) => matches(u, filter));
  const available = [...view.model.units.values()].filter((u) => u.status === "available").length;
  byId("units-count").textContent = `${available} available of ${view.model.units.size}`;
  const byAgency = new Map<string, ConsoleUnit[]>();
  for (const u of units) byAgency.set(u.agency, [...(byAgency.get(u.agency) ?? []), u]);
  const board = byId("units");
  const groups = [...byAgency.keys()].sort().map((agency): Row => ({
    key: agency,
    className: "agency-group",
    html: `<h4>${esc(view.config.agencies[agency]?.name ?? agency)}</h4><div class="tiles"></div>`,
  }));
  patchRows(board, groups, "div", "data-agency");
  for (const group of Array.from(board.children)) {
    const list = (byAgency.get(group.getAttribute("data-agency") ?? "") ?? []).sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    const tiles = group.querySelector<HTMLElement>(".tiles");
    if (tiles !== null)
      patchRows(
        tiles,
        list.map((u) => unitTile(view, u)),
        "div",
        "data-unit",
      );
  }
  const selected = view.selection.unitId === null ? undefined : view.model.units.get(view.selection.unitId);
  byId("unit-selected").textContent =
    selected === undefined
      ? "No unit selected"
      : `${selected.id} ${selected.type} · ${statusLabel(selected.status)}${selected.incidentId === null ? "" : ` · ${selected.incidentId}`}`;
}

const STATUS_CODES: Readonly<Record<string, string>> = {
  available: "AVL",
  dispatched: "DISP",
  en_route: "ENRT",
  on_scene: "ONSC",
  transporting: "TRAN",
  at_hospital: "HOSP",
  returning: "RTRN",
  out_of_service: "OOS",
};

function unitTile(view: View, u: ConsoleUnit): Row {
  const since = duration((view.now() - u.statusSince) / 1000);
  const limit = view.config.unitStatusTimers[u.status];
  const late = u.statusAlerts > 0 || (limit !== undefined && view.now() - u.statusSince > limit * 1000);
  const className = `tile st-${u.status}${u.id === view.selection.unitId ? " selected" : ""}${late ? " alerting" : ""}`;
  const title = `${u.id} ${view.config.unitTypes[u.type]?.name ?? u.type} (${u.agency}): ${statusLabel(u.status)} since ${clockTime(u.statusSince)}${u.incidentId === null ? "" : ` on ${u.incidentId}`}${u.statusAlerts > 0 ? `, status alert ×${u.statusAlerts}` : ""}`;
  const code = STATUS_CODES[u.status] ?? u.status;
  const what = u.incidentId === null ? u.type : shortIncident(u.incidentId);
  return {
    key: u.id,
    className,
    title,
    html: `<b>${esc(u.id)}</b><i>${esc(code)}</i><small>${esc(what)} · ${since}</small>`,
  };
}

function matches(u: ConsoleUnit, filter: string): boolean {
  if (filter === "") return true;
  const f = filter.toLowerCase();
  return [u.id, u.type, u.agency, u.status, u.incidentId ?? ""].some((s) => s.toLowerCase().includes(f));
}

export function renderTop(view: View): void {
  const link = byId("link");
  link.dataset["state"] = view.link.state;
  link.textContent = view.link.state === "live" ? "live" : view.link.state;
  byId("clock").textContent = clockTime(view.now());
  byId("zone").textContent = zoneName(view.now());
  const rate = view.link.rate();
  byId("rate").textContent = rate === null || Math.abs(rate - 1) < 0.2 ? "" : `×${Math.round(rate)}`;
  const pending = view.model.pending();
  const overdue = pending.filter((i) => waitOf(view, i).overdue).length;
  const units = [...view.model.units.values()];
  const count = (label: string, n: number | string) => `<span>${label} <b>${n}</b></span>`;
  byId("counts").innerHTML = [
    count("pending", pending.length),
    count("overdue", overdue),
    count("active", view.model.working().length),
    count("units free", `${units.filter((u) => u.status === "available").length}/${units.length}`),
  ].join("");
  const problem = byId("problem");
  problem.hidden = view.link.problem === null;
  problem.textContent = view.link.problem ?? "";
  problem.title = view.link.problem ?? "";
}

/** Engine alerts, rejections and this page's own commands, newest first. */
export function renderAlerts(view: View): void {
  const alerts = view.model.alerts.map((a) => ({
    key: a.inputSeq,
    html: `<li class="${a.kind}"><time>${clockTime(a.at)}</time>${esc(a.text)}</li>`,
  }));
  const commands = view.link.commands.map((c) => {
    const state =
      c.state === "sent" ? `sent as input ${c.seq ?? "?"}, awaiting the engine` : `${c.state} ${c.text}`;
    return {
      key: c.seq ?? Infinity,
      html: `<li class="command ${c.state}"><time>you</time>${esc(describeCommand(c.input))}: ${esc(state)}</li>`,
    };
  });
  byId("alerts").innerHTML = [...alerts, ...commands]
    .sort((a, b) => b.key - a.key)
    .slice(0, 150)
    .map((x) => x.html)
    .join("");
}
