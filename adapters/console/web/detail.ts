/// <reference lib="dom" />
import type { Call, Incident } from "../../../engine/index.ts";
import {
  byId,
  callTypeName,
  clockTime,
  duration,
  esc,
  priorityBadge,
  reasonLabel,
  shortIncident,
  statusChip,
  statusLabel,
} from "./format.ts";
import { describeCommand } from "./link.ts";
import { planCounts, unitsToSend } from "./plan.ts";
import { waitOf, type View } from "./panels.ts";
import type { Recommendation, WireOutput } from "./protocol.ts";

/** The `incident` query's reply: long lists are cut, and `truncated` says how (README, "Queries"). */
export type IncidentDetail = Incident & {
  readonly calls: readonly (Call | null)[];
  readonly truncated?: Readonly<Record<string, { readonly total: number; readonly from: number }>>;
};
/** A query reply, or its error (README, "Queries": the codes). */
type Answer<T> = T | { readonly error: { readonly code: string; readonly message: string } };

const REFRESH_DELAY_MS = 150;

/**
 * The selected incident: its summary (live from the model), and what the engine says when
 * asked (the incident query: calls, timeline, notes; the recommend query: units with reasons).
 * It asks again whenever an output names the incident or takes a recommended unit.
 */
export class DetailView {
  private detail: IncidentDetail | null = null;
  private recommendation: Recommendation | null = null;
  private recommendationFrom = "";
  private wanted = { detail: false, recommendation: false };
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly view: View) {}

  /**
   * Units Accept would dispatch: the slots the engine filled with free units in its latest answer
   * to the recommend query (none before the engine has been asked: the recommendation an event
   * carried may predate units now on the incident).
   */
  recommendedUnits(): string[] {
    const id = this.view.selection.incidentId;
    const rec = this.recommendation;
    return rec === null || rec.incidentId !== id ? [] : unitsToSend(rec);
  }

  /** The incident query's reply for the selected incident, once it came. */
  get incident(): IncidentDetail | null {
    return this.detail;
  }

  /**
   * Asks the engine for its recommendation now and returns the units it fills the uncovered slots
   * with (what Accept dispatches): exactly the engine's answer, never worked out here.
   */
  async askRecommendation(incidentId: string): Promise<string[]> {
    const answer = await this.view.link.query<Answer<Recommendation>>(
      `/api/recommend?incidentId=${encodeURIComponent(incidentId)}`,
    );
    if ("error" in answer) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    if (incidentId === this.view.selection.incidentId) {
      this.recommendation = answer;
      this.recommendationFrom = `asked of the engine at ${clockTime(this.view.now())}`;
      this.render();
    }
    return unitsToSend(answer);
  }

  select(): void {
    this.detail = null;
    this.recommendation = null;
    this.refresh({ detail: true, recommendation: true });
    this.render();
  }

  /** Asks the engine again (debounced) for the parts that outputs may have changed. */
  refresh(what: { detail?: boolean; recommendation?: boolean }): void {
    this.wanted.detail ||= what.detail === true;
    this.wanted.recommendation ||= what.recommendation === true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fetch(), REFRESH_DELAY_MS);
  }

  onOutputs(outputs: readonly WireOutput[]): void {
    const id = this.view.selection.incidentId;
    if (id === null) return;
    const recommended = new Set(this.recommendedUnits());
    for (const o of outputs) {
      if (!("event" in o)) continue;
      const e = o.event as unknown as Record<string, unknown>;
      const names = e["incidentId"] === id || e["intoIncidentId"] === id || e["otherIncidentId"] === id;
      const takes =
        (e["type"] === "UnitStatusChanged" || e["type"] === "UnitRetired") &&
        recommended.has(String(e["unitId"]));
      if (names) this.refresh({ detail: true, recommendation: e["type"] !== "UnitLocationUpdated" });
      else if (takes) this.refresh({ recommendation: true });
    }
  }

  private async fetch(): Promise<void> {
    const id = this.view.selection.incidentId;
    const wanted = this.wanted;
    this.wanted = { detail: false, recommendation: false };
    if (id === null) return;
    const q = encodeURIComponent(id);
    const [detail, recommendation] = await Promise.all([
      wanted.detail ? this.view.link.query<Answer<IncidentDetail>>(`/api/incident?id=${q}`) : null,
      wanted.recommendation
        ? this.view.link.query<Answer<Recommendation>>(`/api/recommend?incidentId=${q}`)
        : null,
    ]).catch(() => [null, null] as const);
    if (id !== this.view.selection.incidentId) return;
    if (detail !== null && !("error" in detail)) this.detail = detail;
    if (recommendation !== null && !("error" in recommendation)) {
      this.recommendation = recommendation;
      this.recommendationFrom = `asked of the engine at ${clockTime(this.view.now())}`;
    }
    this.render();
  }

  private currentRecommendation(): Recommendation | null {
    const id = this.view.selection.incidentId;
    if (id === null) return null;
    if (this.recommendation?.incidentId === id) return this.recommendation;
    return this.view.model.recommendations.get(id) ?? null;
  }

  /** Redraws the head (the wait ticks) and, when asked, the whole panel. */
  render(all = true): void {
    const id = this.view.selection.incidentId;
    byId("detail-empty").hidden = id !== null;
    byId("detail-body").hidden = id === null;
    if (id === null) return;
    this.renderHead(id);
    if (!all) return;
    this.renderActions(id);
    this.renderRecommendation();
    this.renderCallers();
    this.renderTimeline();
  }

  private renderHead(id: string): void {
    const { model, config } = this.view;
    const live = model.incidents.get(id);
    // The live summary when the model has it (events), else what the incident query said.
    const s = live ?? this.detail;
    if (s === undefined || s === null) {
      byId("detail-head").innerHTML = `<div class="detail-title">${esc(id)}</div>`;
      return;
    }
    const where = [s.zone, s.address].filter((x) => x !== null && x !== "").join(" · ");
    const lines = [
      `<div class="detail-title">${priorityBadge(s.priority)} ${esc(id)} ${statusChip(s.status)}</div>`,
      `<div class="detail-sub">${esc(s.callType)} ${esc(callTypeName(config, s.callType))}${where === "" ? "" : ` · ${esc(where)}`}</div>`,
    ];
    if (live?.status === "pending") {
      const w = waitOf(this.view, live);
      const overdue = w.overdue ? " overdue" : "";
      lines.push(
        `<div class="detail-sub detail-wait${overdue}">waiting ${duration(w.seconds)} of ${duration(w.target)}${w.overdue ? " · OVERDUE" : ""}</div>`,
      );
    }
    if (this.detail !== null)
      lines.push(`<div class="detail-sub">${esc(timesLine(this.detail.times))}</div>`);
    const units = s.unitIds.map((u) => {
      const unit = model.units.get(u);
      return unit === undefined ? u : `${u} ${statusLabel(unit.status)}`;
    });
    lines.push(`<div class="detail-sub">units: ${units.length > 0 ? esc(units.join(", ")) : "none"}</div>`);
    const d = this.detail;
    if (d !== null && d.id === id) {
      const related = [
        ...(d.links.length > 0 ? [`linked with ${d.links.map(shortIncident).join(", ")}`] : []),
        ...(d.mergedFrom.length > 0 ? [`merged in: ${d.mergedFrom.map(shortIncident).join(", ")}`] : []),
        ...(d.mergedInto !== null ? [`merged into ${shortIncident(d.mergedInto)}`] : []),
        ...(d.disposition !== null ? [`disposition ${d.disposition}`] : []),
      ];
      if (related.length > 0)
        lines.push(`<div class="detail-sub detail-related">${esc(related.join(" · "))}</div>`);
    }
    byId("detail-head").innerHTML = lines.join("");
  }

  private shownPriority = "";

  private renderActions(id: string): void {
    const i = this.view.model.incidents.get(id);
    const status = i?.status ?? this.detail?.status;
    const active =
      i !== undefined
        ? i.endedAt === null
        : status !== undefined && status !== "closed" && status !== "cleared";
    const mine = this.view.link.commands.filter((c) => "incidentId" in c.input && c.input.incidentId === id);
    // One acceptance at a time: the next waits for the engine's answer to the last.
    byId<HTMLButtonElement>("accept").disabled =
      !active || this.recommendedUnits().length === 0 || this.view.link.inFlight("DispatchUnit", id);
    byId<HTMLButtonElement>("clear").disabled = !active;
    byId<HTMLButtonElement>("close").disabled = status === "closed";
    byId<HTMLButtonElement>("reprioritise").disabled = !active;
    byId<HTMLButtonElement>("send").disabled = !active;
    byId<HTMLButtonElement>("merge").disabled = !active;
    byId<HTMLButtonElement>("link-incidents").disabled = status === undefined;
    byId<HTMLButtonElement>("reopen").disabled = active || status === undefined;
    // The selector shows the incident's priority, as the engine last said it (not the first option),
    // and is left alone while the dispatcher is choosing.
    const priority = i?.priority ?? this.detail?.priority;
    const select = byId<HTMLSelectElement>("priority");
    const shown = `${id}:${priority ?? ""}`;
    if (priority !== undefined && shown !== this.shownPriority && document.activeElement !== select) {
      select.value = String(priority);
      this.shownPriority = shown;
    }
    const state = byId("detail-command");
    const last = mine.slice(-4).reverse();
    state.className = `command-state${last[0]?.state === "rejected" || last[0]?.state === "failed" ? " rejected" : ""}`;
    state.innerHTML = last
      .map((c) => {
        const what =
          c.state === "sent"
            ? "sent, awaiting the engine"
            : `${c.state}${c.text === "" ? "" : `: ${c.text}`}`;
        return `<div>${esc(describeCommand(c.input))}: ${esc(what)}</div>`;
      })
      .join("");
  }

  private renderRecommendation(): void {
    const rec = this.currentRecommendation();
    byId("rec-source").textContent =
      rec === null
        ? ""
        : rec !== this.recommendation
          ? "(from the engine's event: asking again…)"
          : `(${this.recommendationFrom})`;
    if (rec === null) {
      byId("recommendation").innerHTML = `<div class="muted">none yet</div>`;
      return;
    }
    const active = this.view.model.incidents.get(rec.incidentId)?.endedAt === null;
    const slots = rec.slots.map((s) => {
      const label = esc(s.label || s.types.join("/"));
      if (s.assignedUnitId !== undefined) {
        const unit = this.view.model.units.get(s.assignedUnitId);
        return `<div class="slot covered"><span class="muted">${label}</span> → <span class="pick">${esc(s.assignedUnitId)}</span> <span class="tag">on this incident${unit === undefined ? "" : `, ${esc(statusLabel(unit.status))}`}</span></div>`;
      }
      if (s.unit === null) {
        const busy = s.shortfall
          .map(
            (b) =>
              `${b.unitId} (${statusLabel(b.status)}${b.incidentId === null ? "" : ` on ${shortIncident(b.incidentId)}`}, free ~${clockTime(b.expectedFreeAt)}, ETA ${duration(b.etaSeconds)})`,
          )
          .join(", ");
        return `<div class="slot"><span class="muted">${label}</span> → <span class="none">no unit free</span><div class="cands">${esc(busy === "" ? "no busy unit could fill it either" : `busy that could: ${busy}`)}</div></div>`;
      }
      const u = s.unit;
      const unit = this.view.model.units.get(u.unitId);
      const taken = unit !== undefined && unit.status !== "available" && unit.status !== "returning";
      const reasons = u.reasons.map((r) => `<span class="tag">${esc(reasonLabel(r))}</span>`).join("");
      const next =
        s.nextBest === null
          ? "no runner-up"
          : `next ${esc(s.nextBest.unitId)} +${duration(s.nextBest.deltaSeconds)}`;
      // Every candidate of the slot, best first: a press sends that one instead.
      const cands = s.candidates
        .map((c, rank) => {
          const aid = c.reasons.includes("MUTUAL_AID") ? " aid" : "";
          const title = `Dispatch ${c.unitId} (${c.unitType}, ${c.agency}): ETA ${duration(c.etaSeconds)}, ${(c.distanceMeters / 1000).toFixed(1)} km`;
          return `<button class="cand${rank === 0 ? " first" : ""}${aid}" data-send-unit="${esc(c.unitId)}" title="${esc(title)}"${active ? "" : " disabled"}>${esc(c.unitId)} ${duration(c.etaSeconds)}${aid === "" ? "" : " MA"}</button>`;
        })
        .join("");
      return `<div class="slot"><span class="muted">${label}</span> → <span class="pick">${esc(u.unitId)}</span>${taken ? ` <span class="tag alert">now ${esc(statusLabel(unit.status))}</span>` : ""} ETA ${duration(u.etaSeconds)} · ${(u.distanceMeters / 1000).toFixed(1)} km ${reasons} <span class="muted">${next}</span><div class="cands">${cands}</div></div>`;
    });
    const counts = planCounts(rec);
    const summary =
      rec !== this.recommendation
        ? ""
        : `<div class="muted plan-summary">plan of ${rec.slots.length}: ${counts.covered} on the incident, ${counts.toSend} to send${counts.unfilled === 0 ? "" : `, <span class="none">${counts.unfilled} with no free unit</span>`}</div>`;
    byId("recommendation").innerHTML = summary + slots.join("");
  }

  private renderCallers(): void {
    const calls = (this.detail?.calls ?? []).filter((c): c is Call => c !== null);
    const flagName = (f: string) => this.view.config.flags[f] ?? f;
    const cut = this.detail?.truncated?.["calls"];
    const more =
      cut === undefined ? "" : `<div class="muted">the first ${calls.length} of ${cut.total} callers</div>`;
    byId("callers").innerHTML =
      more +
      (calls.length === 0
        ? `<div class="muted">${this.detail === null ? "loading…" : "none"}</div>`
        : calls
            .map((c) => {
              const flags = c.flags.map((f) => `<span class="tag alert">${esc(flagName(f))}</span>`).join("");
              const parts = [c.callerNumber, c.address, c.description].filter((s) => s !== "");
              // A caller of an incident with several may be split off into an incident of its own.
              const split =
                calls.length > 1
                  ? ` <button class="split" data-split-call="${esc(c.id)}" title="Split this caller off into a new incident">Split</button>`
                  : "";
              return `<div class="call"><time>${clockTime(c.receivedAt)}</time><b>${esc(c.id)}</b> ${esc(parts.join(" · "))} ${flags}${split}</div>`;
            })
            .join(""));
  }

  private renderTimeline(): void {
    const d = this.detail;
    if (d === null) {
      byId("timeline").innerHTML = `<div class="muted">loading…</div>`;
      return;
    }
    const lines = [
      ...d.timeline.map((t) => ({ at: t.at, what: t.what })),
      ...d.notes.map((n) => ({
        at: n.at,
        what: `note${n.author === "" ? "" : ` (${n.author})`}: ${n.text}`,
      })),
    ].sort((a, b) => b.at - a.at);
    const cut = (["timeline", "notes"] as const).flatMap((list) => {
      const t = d.truncated?.[list];
      return t === undefined
        ? []
        : [`the last ${t.total - t.from} of ${t.total} ${list === "notes" ? "notes" : "lines"}`];
    });
    const more = cut.length === 0 ? "" : `<div class="muted">${cut.join(", ")}</div>`;
    byId("timeline").innerHTML =
      more + lines.map((l) => `<div class="tl"><time>${clockTime(l.at)}</time>${esc(l.what)}</div>`).join("");
  }
}

/** The instants an incident has reached, in order: received, dispatched, en route... */
function timesLine(t: Incident["times"]): string {
  const steps: [string, number | null][] = [
    ["received", t.receivedAt],
    ["dispatched", t.firstDispatchedAt],
    ["en route", t.firstEnRouteAt],
    ["on scene", t.firstOnSceneAt],
    ["cleared", t.clearedAt],
    ["closed", t.closedAt],
  ];
  return steps
    .filter(([, at]) => at !== null)
    .map(([k, at]) => `${k} ${clockTime(at)}`)
    .join(" · ");
}
