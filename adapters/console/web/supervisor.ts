/// <reference lib="dom" />
import {
  byId,
  callTypeName,
  clockTime,
  dispatchTargetSeconds,
  duration,
  esc,
  statusLabel,
} from "./format.ts";
import { Link } from "./link.ts";
import { ConsoleModel } from "./model.ts";
import { pageSession } from "./page-login.ts";
import type { ConsoleConfig, SessionReply } from "./protocol.ts";
import type { ShiftMeasure, ShiftReport } from "./shift.ts";

const RENDER_MS = 1000;
const SHIFT_EVERY_MS = 10_000;

const secs = (s: number | null) => (s === null ? "-" : duration(s));
const share = (x: number | null) => (x === null ? "-" : `${Math.round(x * 1000) / 10}%`);

/**
 * The supervisor's view: every incident and unit of the agency (live, from the console's stream),
 * the shift's response times against each priority's targets and the recommendation agreement rate
 * (GET /api/shift, from the event stream), and the calls and units overdue now.
 */
class SupervisorView {
  readonly model = new ConsoleModel();
  readonly link: Link;
  private shift: ShiftReport | null = null;
  private shiftAsked = 0;

  constructor(
    readonly config: ConsoleConfig,
    readonly session: SessionReply,
  ) {
    this.link = new Link(this.model, () => undefined);
  }

  start(): void {
    byId("agency").textContent = this.config.agency;
    byId("who").textContent = `${this.session.user} (${this.session.role})`;
    this.link.onSignedOut = () => location.reload();
    this.link.connect();
    byId("shift-hours").addEventListener("change", () => void this.loadShift());
    setInterval(() => this.render(), RENDER_MS);
    void this.loadShift();
  }

  private async loadShift(): Promise<void> {
    this.shiftAsked = performance.now();
    const hours = Number(byId<HTMLSelectElement>("shift-hours").value);
    const now = this.link.engineNow();
    const since = now > 0 ? `?since=${Math.floor(now - hours * 3600_000)}` : "";
    try {
      this.shift = await this.link.query<ShiftReport>(`/api/shift${since}`);
      byId("problem").hidden = true;
    } catch (error) {
      byId("problem").hidden = false;
      byId("problem").textContent = `Shift figures unavailable: ${(error as Error).message}`;
    }
    this.renderShift();
  }

  private render(): void {
    const now = this.link.engineNow();
    byId("clock").textContent = clockTime(now);
    byId("link").textContent = this.link.state;
    byId("link").dataset["state"] = this.link.state;
    if (performance.now() - this.shiftAsked > SHIFT_EVERY_MS) void this.loadShift();
    const incidents = [...this.model.pending(), ...this.model.working()];
    byId("incidents-count").textContent = String(incidents.length);
    byId("incidents").innerHTML = incidents
      .map(
        (i) =>
          `<tr data-incident="${esc(i.id)}"><td>P${i.priority}</td><td>${esc(i.id)}</td><td>${esc(callTypeName(this.config, i.callType))}</td><td>${esc(statusLabel(i.status))}</td><td>${esc(i.address)}</td><td>${esc(i.unitIds.join(" "))}</td><td class="num">${duration((now - i.times.receivedAt) / 1000)}</td></tr>`,
      )
      .join("");
    const units = [...this.model.units.values()].sort((a, b) => a.id.localeCompare(b.id));
    byId("units-count").textContent = String(units.length);
    byId("units").innerHTML = units
      .map(
        (u) =>
          `<tr data-unit="${esc(u.id)}"><td>${esc(u.id)}</td><td>${esc(u.type)}</td><td><span class="st st-${esc(u.status)}">${esc(statusLabel(u.status))}</span></td><td>${esc(u.incidentId ?? "")}</td><td class="num">${duration((now - u.statusSince) / 1000)}</td></tr>`,
      )
      .join("");
    const overdueCalls = this.model.pending().filter((i) => {
      const target = dispatchTargetSeconds(this.config, i.callType, i.priority);
      return i.overdueAlerts > 0 || (now - i.queuedAt) / 1000 > target;
    });
    byId("overdue-calls-count").textContent = String(overdueCalls.length);
    byId("overdue-calls").innerHTML =
      overdueCalls
        .map((i) => {
          const target = dispatchTargetSeconds(this.config, i.callType, i.priority);
          return `<tr data-incident="${esc(i.id)}"><td>P${i.priority}</td><td>${esc(i.id)}</td><td>${esc(callTypeName(this.config, i.callType))}</td><td class="num bad">waiting ${duration((now - i.queuedAt) / 1000)}</td><td class="num">target ${secs(Number.isFinite(target) ? target : null)}</td></tr>`;
        })
        .join("") || `<tr><td class="muted">No call waiting past its target.</td></tr>`;
    const overdueUnits = units.filter((u) => {
      const limit = this.config.unitStatusTimers[u.status];
      return u.statusAlerts > 0 || (limit !== undefined && (now - u.statusSince) / 1000 > limit);
    });
    byId("overdue-units-count").textContent = String(overdueUnits.length);
    byId("overdue-units").innerHTML =
      overdueUnits
        .map(
          (u) =>
            `<tr data-unit="${esc(u.id)}"><td>${esc(u.id)}</td><td>${esc(statusLabel(u.status))}</td><td>${esc(u.incidentId ?? "")}</td><td class="num bad">${duration((now - u.statusSince) / 1000)}</td><td class="num">limit ${secs(this.config.unitStatusTimers[u.status] ?? null)}</td></tr>`,
        )
        .join("") || `<tr><td class="muted">No unit past its status timer.</td></tr>`;
  }

  private renderShift(): void {
    const r = this.shift;
    if (r === null) return;
    byId("shift-range").textContent =
      `received ${clockTime(r.since)} – ${clockTime(r.until)}, ${r.incidents} incidents`;
    const cells = (m: ShiftMeasure) => {
      const ok = m.within === null ? "" : m.within >= 0.9 ? "good" : "bad";
      return `<td class="num">${m.n}</td><td class="num">${secs(m.p50)}</td><td class="num">${secs(m.p90)}</td><td class="num">${secs(m.target)}</td><td class="num ${ok}">${share(m.within)}</td>`;
    };
    byId("shift-rows").innerHTML = r.byPriority
      .map(
        (p) =>
          `<tr data-priority="${p.priority}"><td>P${p.priority} ${esc(p.name)}</td><td class="num">${p.incidents}</td>${cells(p.dispatch)}${cells(p.response)}</tr>`,
      )
      .join("");
    byId("agreement").textContent = share(r.agreement.rate);
    byId("agreement-detail").textContent =
      `${r.agreement.firstChoice} of ${r.agreement.dispatches} dispatches sent the engine's first choice`;
  }
}

async function main(): Promise<void> {
  const session = await pageSession();
  if (session === null) return;
  const config = (await fetch("/api/config").then((r) => r.json())) as ConsoleConfig;
  if (session.role !== "supervisor") {
    byId("problem").hidden = false;
    byId("problem").textContent =
      `The supervisor view is for supervisors; you are logged in as a ${session.role}.`;
    return;
  }
  new SupervisorView(config, session).start();
}

void main();
