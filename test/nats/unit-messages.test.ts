import { describe, expect, it, onTestFinished } from "vitest";
import {
  connectNats,
  decodeOutput,
  EngineService,
  natsServerAvailable,
  unitAssignmentOf,
  type DecodedOutput,
} from "../../adapters/nats/index.ts";
import { loadConfigFile } from "../../adapters/config/index.ts";
import { applyInput, createState, type Input } from "../../engine/index.ts";
import { useSecureNatsServer } from "../support/secure-nats.ts";
import { call, near, unit } from "../support/scenario.ts";

const config = loadConfigFile();

/** A unit's terminal on NATS with that unit's own mdt creds: every message on its unit subjects, decoded. */
async function terminal(url: string, auth: Parameters<typeof connectNats>[2], unitId: string) {
  const nc = await connectNats(url, `test-mdt-${unitId}`, auth);
  onTestFinished(() => nc.close());
  const heard: { subject: string; output: DecodedOutput }[] = [];
  nc.subscribe(`cad.a.unit.${unitId}.>`, {
    callback: (_e, m) => void heard.push({ subject: m.subject, output: decodeOutput(m.data) }),
  });
  await nc.flush();
  const until = async (f: (o: DecodedOutput) => boolean) => {
    for (let i = 0; i < 150; i++) {
      const found = heard.find((h) => f(h.output));
      if (found !== undefined) return found;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`unit ${unitId}: no such message among ${heard.map((h) => h.subject).join(", ")}`);
  };
  return { heard, until };
}

const isEvent = (o: DecodedOutput, type: string) => "event" in o && o.event.type === type;

describe.skipIf(!natsServerAvailable())(
  "what a unit's terminal hears on its own subjects (needs nats-server)",
  () => {
    const nats = useSecureNatsServer({ agencies: ["a"], sim: true, mdtUnits: { a: ["E1", "M1"] } });

    it("given a dispatch, then a note and a caller with a caution: the unit's messages carry the address, call type, priority, flags and the note", async () => {
      const service = await EngineService.start({
        agency: "a",
        servers: nats.url,
        config,
        auth: nats.auth("a", "engine"),
      });
      onTestFinished(() => service.stop());
      const e1 = await terminal(nats.url, nats.auth("a", "mdt", "E1"), "E1");
      const m1 = await terminal(nats.url, nats.auth("a", "mdt", "M1"), "M1");
      const client = await nats.client("a");
      onTestFinished(() => client.close());
      await client.send(unit("E1", "engine", "metro-fire", near(500, 0)));
      await client.send(unit("M1", "medic", "metro-fire", near(700, 0)));
      await client.send(
        call("C1", "AFA", near(0, 0), {
          receivedAt: Date.now(),
          address: "1200 3RD AVE",
          description: "alarm sounding, smoke seen",
        }),
      );
      const created = await client.outputs((all) => all.some((o) => isEvent(o, "IncidentCreated")));
      const incident = created.find((o) => isEvent(o, "IncidentCreated"));
      const incidentId =
        incident !== undefined && "event" in incident
          ? (incident.event as { incidentId: string }).incidentId
          : "";
      const priority = config.callTypes.get("AFA")?.priority;

      // When: E1 is dispatched.
      await client.send({ kind: "DispatchUnit", incidentId, unitId: "E1" });
      // Then: its terminal hears the dispatch with the whole assignment, not only ids.
      const dispatched = await e1.until((o) => isEvent(o, "UnitDispatched"));
      expect(dispatched.subject).toBe("cad.a.unit.E1.unit.dispatched");
      expect(dispatched.output.assignment).toMatchObject({
        unitId: "E1",
        unitStatus: "dispatched",
        incident: {
          incidentId,
          address: "1200 3RD AVE",
          callType: "AFA",
          callTypeName: config.callTypes.get("AFA")?.name,
          priority,
          status: "dispatched",
          callers: [{ callId: "C1", description: "alarm sounding, smoke seen" }],
          unitIds: ["E1"],
        },
      });

      // When: a dispatcher adds a note, and a second caller reports a caution.
      await client.send({ kind: "AddNote", incidentId, text: "gate code 4411", author: "disp1" });
      const noted = await e1.until((o) => isEvent(o, "NoteAdded"));
      expect(noted.subject).toBe("cad.a.unit.E1.incident.note-added");
      expect(noted.output.assignment?.incident?.notes).toEqual([
        expect.objectContaining({ author: "disp1", text: "gate code 4411" }),
      ]);
      await client.send(
        call("C2", "AFA", near(10, 0), {
          receivedAt: Date.now(),
          flags: ["HAZMAT"],
          description: "drums leaking",
        }),
      );
      const attached = await e1.until((o) => isEvent(o, "CallAttached"));
      expect(attached.output.assignment?.incident?.flags).toEqual(["HAZMAT"]);
      expect(attached.output.assignment?.incident?.callers.map((c) => c.callId)).toEqual(["C1", "C2"]);

      // The event stream itself carries no assignment (it is the unit subjects' alone), and M1,
      // assigned to nothing, heard nothing of this incident.
      const events = await client.outputs((all) => all.some((o) => isEvent(o, "NoteAdded")));
      expect(events.every((o) => o.assignment === undefined)).toBe(true);
      expect(m1.heard).toEqual([]);

      // When: E1 reports on scene (as its terminal does), then is released.
      await client.send({ kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" });
      const onScene = await e1.until(
        (o) => isEvent(o, "UnitStatusChanged") && o.assignment?.unitStatus === "on_scene",
      );
      expect(onScene.output.assignment?.incident?.status).toBe("on_scene");
      await client.send({ kind: "ClearIncident", incidentId });
      const released = await e1.until((o) => isEvent(o, "UnitReleased"));
      expect(released.output.assignment?.incident ?? null).toBeNull();

      // The `unit` query answers the same picture as the last message (here: no incident).
      const now = await client.query<{ assignment: { unitStatus: string; incident: unknown } }>("unit", {
        id: "E1",
      });
      expect(now.assignment.incident).toBeNull();
      expect((await client.query<{ error: { code: string } }>("unit", { id: "X9" })).error.code).toBe(
        "UNKNOWN_UNIT",
      );
    });

    it("the assignment is read from the state after the input: the same inputs give the same picture", () => {
      const run = () => {
        const state = createState();
        let at = Date.UTC(2026, 0, 1, 8);
        const apply = (body: object) =>
          applyInput(state, config, { id: `i${at}`, at: (at += 1000), ...body } as Input);
        apply(unit("E1", "engine", "metro-fire", near(500, 0)));
        apply(call("C1", "AFA", near(0, 0), { receivedAt: at, flags: ["WEAPONS"] }));
        const id = [...state.incidents.keys()][0] ?? "";
        apply({ kind: "DispatchUnit", incidentId: id, unitId: "E1" });
        const before = JSON.stringify(unitAssignmentOf(state, config, "E1"));
        apply({ kind: "AddNote", incidentId: id, text: "n1", author: "a" });
        return { before, after: JSON.stringify(unitAssignmentOf(state, config, "E1")) };
      };
      const [one, two] = [run(), run()];
      expect(one).toEqual(two);
      expect(JSON.parse(one.before)).toMatchObject({ incident: { flags: ["WEAPONS"], notes: [] } });
      expect(JSON.parse(one.after)).toMatchObject({ incident: { notes: [{ text: "n1" }], notesTotal: 1 } });
    });
  },
);
