/// <reference lib="dom" />
import { findDispatchTargetSeconds, type DispatchTargetConfig } from "../../../engine/index.ts";
import type { ConsoleConfig } from "./protocol.ts";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text safe to put in HTML: everything shown comes from the wire. */
export function esc(value: string | number | null | undefined): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const two = (n: number) => String(n).padStart(2, "0");

const clockFormat = (timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
let centreClock = clockFormat("UTC");
let centreZone = "UTC";

/** Shows every time from now on in the centre's configured zone (ConsoleConfig.timeZone), not the browser's. */
export function setTimeZone(timeZone: string): void {
  centreClock = clockFormat(timeZone);
  centreZone = timeZone;
}

/** The centre's zone as its staff say it at this instant ("PST", "PDT", "UTC"). */
export function zoneName(ms: number): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: centreZone,
    timeZoneName: "short",
  }).formatToParts(Number.isFinite(ms) && ms > 0 ? ms : 0);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? centreZone;
}

/** An instant as the engine's clock shows it: HH:MM:SS in the centre's configured time zone. */
export function clockTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms <= 0) return "--:--:--";
  return centreClock.format(ms);
}

/** A duration in seconds as M:SS, or H:MM:SS past an hour. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** "INC-000012" -> "INC-12", for tight places. */
export function shortIncident(id: string): string {
  return id.replace(/-0+(\d)/, "-$1");
}

export function statusLabel(status: string): string {
  return status.replace(/_/g, " ");
}

export function priorityBadge(priority: number): string {
  return `<span class="badge p${Math.min(5, Math.max(1, priority))}">P${priority}</span>`;
}

export function statusChip(status: string): string {
  return `<span class="st st-${esc(status)}">${esc(statusLabel(status))}</span>`;
}

/**
 * The longest this incident may wait in the queue, by the engine's rule read from the page's
 * config; Infinity for a priority the page's config does not know.
 */
export function dispatchTargetSeconds(config: ConsoleConfig, callType: string, priority: number): number {
  const targets: DispatchTargetConfig = {
    callTypes: { get: (code) => config.callTypes[code] },
    priorities: { get: (level) => config.priorities.find((p) => p.level === level) },
  };
  return findDispatchTargetSeconds(targets, { callType, priority }) ?? Infinity;
}

export function callTypeName(config: ConsoleConfig, code: string): string {
  return config.callTypes[code]?.name ?? code;
}

const REASONS: Record<string, string> = {
  CLOSEST_BY_ETA: "closest by ETA",
  IN_ZONE: "in zone",
  AT_STATION: "at station",
  RETURNING_NO_TURNOUT: "returning, no turnout",
  STALE_POSITION_AT_STATION: "stale AVL: counted at station",
  STALE_POSITION_PENALISED: "stale AVL: penalised",
  MUTUAL_AID: "mutual aid",
};

export function reasonLabel(code: string): string {
  return REASONS[code] ?? code;
}

/** Looks an element up by id; the page's skeleton is static, so a missing one is a bug. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`console page: no #${id}`);
  return element as T;
}

export interface Row {
  readonly key: string;
  readonly className: string;
  readonly html: string;
  readonly title?: string;
}

const shownHtml = new WeakMap<Element, string>();

/**
 * Brings a list's children in line with `rows`, keyed: an element stays the same element while
 * its key is shown (so a press on it is never lost to a redraw), and its content is rewritten
 * only when it changed.
 */
export function patchRows(
  parent: HTMLElement,
  rows: readonly Row[],
  tag: string,
  keyAttribute: string,
): void {
  const existing = new Map<string, HTMLElement>();
  for (const child of Array.from(parent.children) as HTMLElement[])
    existing.set(child.getAttribute(keyAttribute) ?? "", child);
  let previous: Element | null = null;
  for (const row of rows) {
    let element = existing.get(row.key);
    existing.delete(row.key);
    if (element === undefined) {
      element = document.createElement(tag);
      element.setAttribute(keyAttribute, row.key);
    }
    if (element.className !== row.className) element.className = row.className;
    if (row.title !== undefined && element.title !== row.title) element.title = row.title;
    if (shownHtml.get(element) !== row.html) {
      element.innerHTML = row.html;
      shownHtml.set(element, row.html);
    }
    const wanted: Element | null = previous === null ? parent.firstElementChild : previous.nextElementSibling;
    if (wanted !== element) parent.insertBefore(element, wanted);
    previous = element;
  }
  for (const element of existing.values()) element.remove();
}
