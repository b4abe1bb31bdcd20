/// <reference lib="dom" />
import { incomingLabel } from "./cmdline.ts";
import { byId, clockTime, esc, patchRows, priorityBadge, type Row } from "./format.ts";
import type { ConsoleIncoming } from "./model.ts";
import type { ConsoleConfig } from "./protocol.ts";
import type { View } from "./panels.ts";

/**
 * Our call type for the sender's, as the engine maps it on acceptance (engine/handlers/incoming.ts):
 * the config's eido table, else the sender's type when it is one of our codes, else the default.
 */
export function mappedCallType(config: ConsoleConfig, theirs: string): string | null {
  const mapped = config.eido?.callTypes[theirs];
  if (mapped !== undefined) return mapped;
  if (Object.hasOwn(config.callTypes, theirs)) return theirs;
  return config.eido?.defaultCallType ?? null;
}

/**
 * The Incoming panel: other agencies' incidents waiting for this agency's answer, numbered in
 * the order received (AI n / DI n on the command line). The open one shows its calls, notes and
 * the sender's units, with Accept and Decline. Hidden while nothing waits.
 */
export function renderIncoming(view: View, openId: string | null): void {
  const list = view.model.incomingList();
  byId("incoming-box").hidden = list.length === 0;
  byId("incoming-count").textContent = String(list.length);
  const rows = list.map((i, k): Row => {
    const ours = mappedCallType(view.config, i.detail.callType);
    const priority = ours === null ? undefined : view.config.callTypes[ours]?.priority;
    return {
      key: i.trackingId,
      className: i.trackingId === openId ? "selected" : "",
      title: `${i.trackingId} from ${i.senderAgency}`,
      html:
        `<td class="num">${k + 1}</td><td>${esc(i.senderAgency)}</td><td class="id">${esc(incomingLabel(i.trackingId))}${offerBadge(i.detail)}</td>` +
        `<td>${esc(i.detail.callType)}${ours === null ? "" : ` → ${esc(ours)}`}</td>` +
        `<td title="${esc(i.detail.address)}">${esc(i.detail.address)}</td>` +
        `<td>${priority === undefined ? "" : priorityBadge(priority)}</td><td class="num">${clockTime(i.receivedAt)}</td>`,
    };
  });
  patchRows(byId("incoming"), rows, "tr", "data-incoming");
  const open = openId === null ? undefined : view.model.incoming.get(openId);
  const box = byId("incoming-open");
  box.hidden = open === undefined;
  if (open === undefined) return;
  const n = list.indexOf(open) + 1;
  const html = openHtml(open, n);
  if (byId("incoming-detail").innerHTML !== html) byId("incoming-detail").innerHTML = html;
  byId("incoming-place").hidden = open.detail.lon !== null && open.detail.lat !== null;
}

/** What the sender offers, as its EIDO says (a cad-engine partner says; another CAD may not). */
const OFFERED = {
  share: "Shared with us: it stays theirs and we follow it (accept to open an incident of ours for it).",
  transfer: "Offered to us: theirs until we accept it, then ours.",
  unsaid: "Handed over to us: accept to make it ours.",
} as const;

/** A short badge for the list: shared, or closed by the sender. */
function offerBadge(d: ConsoleIncoming["detail"]): string {
  const badges = [d.offer === "share" ? "shared" : "", d.closed === true ? "closed" : ""].filter(
    (b) => b !== "",
  );
  return badges.map((b) => ` <span class="badge muted">${b}</span>`).join("");
}

function openHtml(i: ConsoleIncoming, n: number): string {
  const d = i.detail;
  const where =
    d.lon === null || d.lat === null
      ? `${esc(d.address)} <span class="muted">(no coordinates: place it to accept)</span>`
      : `${esc(d.address)} <span class="muted">${d.lat.toFixed(5)}, ${d.lon.toFixed(5)}</span>`;
  const calls = d.calls
    .map(
      (c) =>
        `<li><time>${clockTime(c.receivedAt)}</time> ${esc(c.callerNumber || "no number")} <span class="muted">${esc(c.id)}</span></li>`,
    )
    .join("");
  const notes = d.notes
    .map(
      (x) =>
        `<li><time>${clockTime(x.at)}</time> ${x.author === "" ? "" : `<b>${esc(x.author)}</b> `}${esc(x.text)}</li>`,
    )
    .join("");
  const units = d.units.map((u) => `${esc(u.name)}${u.type === "" ? "" : ` (${esc(u.type)})`}`).join(", ");
  const links = d.links.length === 0 ? "" : `<div>Linked by them to ${d.links.map(esc).join(", ")}</div>`;
  return (
    `<div class="incoming-head"><b>#${n}</b> ${esc(i.senderAgency)} · their incident <span class="mono">${esc(i.trackingId)}</span></div>` +
    `<div class="incoming-offer">${OFFERED[d.offer ?? "unsaid"]}${d.closed === true ? " <b>Closed by them.</b>" : ""}</div>` +
    `<div>${where}</div><div>Version ${esc(new Date(i.updatedAt).toISOString())}</div>` +
    `<h4>Calls (${d.calls.length})</h4><ul class="incoming-calls">${calls}</ul>` +
    `<h4>Notes (${d.notes.length})</h4><ul class="incoming-notes">${notes}</ul>` +
    `<h4>Their units</h4><div class="incoming-units">${units === "" ? "none" : units}</div>${links}`
  );
}
