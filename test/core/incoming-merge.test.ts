import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { eidoSchemaAvailable, eidoSchemaDir, loadEidoValidator } from "../../adapters/rms/eido-schema.ts";
import { extractEido } from "../../engine/eido/extract.ts";
import { deserialiseState, serialiseState, type EngineEvent } from "../../engine/index.ts";
import { editedSource } from "../support/configs.ts";
import { Scenario, near, type InputBody } from "../support/scenario.ts";

/**
 * Merges in an EIDO (NENA-STA-021 mergeComponent) are honoured. The documents are the NENA
 * sample (a call transfer from state.pa.us) as two incidents of the sender, A and B, with later
 * versions that carry the sender's merge.
 */
const haveSample = eidoSchemaAvailable();
const SAMPLE: Record<string, unknown> = haveSample
  ? (JSON.parse(
      readFileSync(join(eidoSchemaDir(), "Samples", "sample-call-transfer-eido.json"), "utf8"),
    ) as Record<string, unknown>)
  : {};
const SENDER = "state.pa.us";
const trackingId = (n: string) => `urn:emergency:uid:incidentid:${n}:bcf.state.pa.us`;
const A = trackingId("a56e556d871");
const B = trackingId("b77e556d872");
/** The sample's own time, then later versions a minute apart. */
const version = (n: number) => `2021-04-30T14:${String(43 + n).padStart(2, "0")}:49.439-04:00`;

type Direction = "REPLACED" | "REPLACING" | "SPLIT";

/** The sample as incident `id`, version `v`, with the sender's merges (and optionally another sender). */
function sampleDoc(
  id: string,
  v: number,
  merges: readonly [string, Direction][] = [],
  sender = SENDER,
): Record<string, unknown> {
  const doc = structuredClone(SAMPLE);
  const upd = { lastUpdateTimeStamp: version(v), updatedByAgencyReference: { $ref: sender } };
  Object.assign(doc, { $id: id, ...upd });
  if (merges.length > 0)
    doc["mergeComponent"] = merges.map(([other, direction], i) => ({
      $id: `${id}/merge/${i}`,
      ...upd,
      incidentTrackingIdentifier: other,
      incidentMergeDirectionCode: direction,
    }));
  return doc;
}

const eido = (...args: Parameters<typeof sampleDoc>): InputBody => ({
  kind: "ReceiveEido",
  document: JSON.stringify(sampleDoc(...args)),
});
/** The sample gives a civic address only: the dispatcher places it. */
const accept = (id: string, metresEast = 0): InputBody => ({
  kind: "AcceptIncoming",
  trackingId: id,
  ...near(metresEast, 0),
});

const config = editedSource((doc) => {
  (doc as Record<string, unknown>)["eido"] = { callTypes: { emergency: "MED" }, defaultCallType: "UNK" };
}).config;

/** The events an input caused, without their instants (to compare two runs' outcomes). */
const shapes = (events: readonly EngineEvent[]) => events.map(({ at: _at, ...rest }) => rest);

describe.skipIf(!haveSample)("merges in an EIDO are honoured (the NENA sample as two incidents)", () => {
  it("the sample with a mergeComponent of each direction is valid against EmergencyIncidentDataObjectType, and the engine reads the merges from it", () => {
    const validate = loadEidoValidator();
    const doc = sampleDoc(A, 1, [
      [B, "REPLACED"],
      [trackingId("c3"), "REPLACING"],
      [trackingId("d4"), "SPLIT"],
      [A, "REPLACED"],
    ]);
    expect(validate(doc).errors).toEqual([]);
    const read = extractEido(JSON.stringify(doc));
    expect(read.ok && read.detail.merges).toEqual([
      { trackingId: B, direction: "REPLACED" },
      { trackingId: trackingId("c3"), direction: "REPLACING" },
    ]);
    // Without a mergeComponent the detail has no merges at all.
    const plain = extractEido(JSON.stringify(sampleDoc(A, 0)));
    expect(plain.ok && "merges" in plain.detail).toBe(false);
  });

  it("given A and B pending, when a newer version of A says it was merged into B (REPLACED), then A is marked merged and can no longer be answered; B is accepted as usual", () => {
    const s = new Scenario(config).given(eido(A, 0), eido(B, 0));
    const r = s.when(eido(A, 1, [[B, "REPLACED"]]));
    expect(r.rejection).toBeNull();
    expect(r.events.map((e) => e.type)).toEqual(["IncomingIncidentUpdated", "IncomingIncidentMerged"]);
    expect(r.events[1]).toMatchObject({
      trackingId: A,
      senderAgency: SENDER,
      intoTrackingId: B,
      incidentId: null,
      intoIncidentId: null,
    });
    expect(s.state.incoming.get(A)).toMatchObject({ status: "merged", mergedInto: B, incidentId: null });
    expect(s.state.incidents.size).toBe(0);

    const late = s.when(accept(A));
    expect(late.rejection?.code).toBe("INCOMING_ANSWERED");
    expect(late.rejection?.reason).toContain(`was already merged into ${B}`);
    expect(s.when({ kind: "DeclineIncoming", trackingId: A, reason: "dup" }).rejection?.code).toBe(
      "INCOMING_ANSWERED",
    );
    expect(s.when(accept(B)).rejection).toBeNull();
    expect(s.state.incidents.size).toBe(1);
  });

  it("given A and B both accepted, when a newer version of B says it replaces A (REPLACING), then our incident of A is merged into our incident of B exactly as MergeIncidents does", () => {
    const givens = [eido(A, 0), eido(B, 0), accept(A), accept(B, 500)];
    const s = new Scenario(config).given(...givens);
    const r = s.when(eido(B, 1, [[A, "REPLACING"]]));
    expect(r.rejection).toBeNull();
    const merged = r.events.findIndex((e) => e.type === "IncomingIncidentMerged");
    expect(r.events[merged]).toMatchObject({
      trackingId: A,
      intoTrackingId: B,
      incidentId: "INC-000001",
      intoIncidentId: "INC-000002",
    });
    expect(s.incident("INC-000001")).toMatchObject({ status: "closed", disposition: "MERGED" });
    expect(s.incident("INC-000002").callIds).toEqual(["INC-000002-E1", "INC-000001-E1"]);
    expect(s.state.incoming.get(A)).toMatchObject({ status: "merged", mergedInto: B });
    expect(s.state.incoming.get(B)).toMatchObject({ status: "accepted" });

    // The same as a dispatcher's MergeIncidents of the two, given the same log.
    const byHand = new Scenario(config).given(...givens, eido(B, 1));
    const manual = byHand.when({
      kind: "MergeIncidents",
      incidentId: "INC-000001",
      intoIncidentId: "INC-000002",
    });
    expect(shapes(r.events.slice(merged + 1))).toEqual(shapes(manual.events));

    // A repeat of the merge in a later version of either changes nothing more.
    const again = s.when(eido(A, 2, [[B, "REPLACED"]]));
    expect(again.events.map((e) => e.type)).not.toContain("IncidentsMerged");
    expect(again.events.map((e) => e.type)).not.toContain("IncomingIncidentMerged");
  });

  it("given A accepted and B pending, when A says it was merged into B, then nothing is merged yet; when B is accepted, then our incident of A is merged into it", () => {
    const s = new Scenario(config).given(eido(A, 0), accept(A), eido(B, 0));
    const r = s.when(eido(A, 1, [[B, "REPLACED"]]));
    expect(r.events.map((e) => e.type)).not.toContain("IncomingIncidentMerged");
    expect(s.incident("INC-000001").status).toBe("pending");

    const taken = s.when(accept(B, 500));
    expect(taken.rejection).toBeNull();
    expect(taken.events.find((e) => e.type === "IncomingIncidentMerged")).toMatchObject({
      trackingId: A,
      intoTrackingId: B,
      incidentId: "INC-000001",
      intoIncidentId: "INC-000002",
    });
    expect(taken.events.find((e) => e.type === "IncidentsMerged")).toMatchObject({
      incidentId: "INC-000001",
      intoIncidentId: "INC-000002",
    });
    expect(s.incident("INC-000001").status).toBe("closed");
    expect(s.state.active.has("INC-000002")).toBe(true);
  });

  it("given A pending and B accepted, when B's first version already says it replaces A, then A is marked merged and our incident of B gets a note", () => {
    const s = new Scenario(config).given(eido(B, 0), accept(B), eido(A, 0));
    const r = s.when(eido(B, 1, [[A, "REPLACING"]]));
    expect(r.events.find((e) => e.type === "IncomingIncidentMerged")).toMatchObject({
      trackingId: A,
      intoTrackingId: B,
      incidentId: null,
      intoIncidentId: "INC-000001",
    });
    expect(s.state.incoming.get(A)?.status).toBe("merged");
    expect(s.incident("INC-000001").notes.at(-1)?.text).toBe(
      `${SENDER} merged their incident ${A} (not taken here) into this one`,
    );
  });

  it("given a merge into an incident not held here, a split, or a merge claimed by another sender, then nothing is merged", () => {
    const s = new Scenario(config).given(eido(A, 0));
    // B is not held: A stays pending; B arriving later from another sender does not complete it.
    const r = s.when(
      eido(A, 1, [
        [B, "REPLACED"],
        [trackingId("x9"), "SPLIT"],
      ]),
    );
    expect(r.events.map((e) => e.type)).toEqual(["IncomingIncidentUpdated"]);
    const other = s.when(eido(B, 0, [], "psap.other.example"));
    expect(other.events.map((e) => e.type)).toEqual(["IncomingIncidentReceived"]);
    expect(s.state.incoming.get(A)?.status).toBe("pending");
  });

  it("given pending A and B, when B arrives later and A already said it was merged into B, then A is marked merged on B's arrival", () => {
    const s = new Scenario(config).given(eido(A, 0, [[B, "REPLACED"]]));
    expect(s.state.incoming.get(A)?.status).toBe("pending");
    const r = s.when(eido(B, 0));
    expect(r.events.map((e) => e.type)).toEqual(["IncomingIncidentReceived", "IncomingIncidentMerged"]);
    expect(s.state.incoming.get(A)).toMatchObject({ status: "merged", mergedInto: B });
  });

  it("given a merged incoming incident, when the state is serialised and read back, then it is still merged", () => {
    const s = new Scenario(config).given(eido(B, 0), eido(A, 1, [[B, "REPLACED"]]));
    const back = deserialiseState(JSON.parse(JSON.stringify(serialiseState(s.state))));
    expect(back.incoming.get(A)).toMatchObject({ status: "merged", mergedInto: B });
  });
});
