import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INPUT_KINDS, type EngineEvent } from "../../../engine/index.ts";
import {
  EVENT_SUBJECTS,
  INPUT_SUBJECTS,
  REJECTED_SUBJECT_SUFFIX,
  eventSubjectSuffix,
  inputKindOfSubject,
} from "./index.ts";
import { EVENT_EXAMPLES } from "./testing/events.ts";

const TOKENS = /^[a-z][a-z-]*(\.[a-z][a-z-]*)*$/;

describe("input subjects", () => {
  it("give every kind its own suffix, and read back", () => {
    expect(Object.keys(INPUT_SUBJECTS).sort()).toEqual([...INPUT_KINDS].sort());
    expect(new Set(Object.values(INPUT_SUBJECTS)).size).toBe(INPUT_KINDS.length);
    for (const kind of INPUT_KINDS) {
      expect(INPUT_SUBJECTS[kind]).toMatch(TOKENS);
      expect(inputKindOfSubject(`cad.sfd.in.${INPUT_SUBJECTS[kind]}`, "sfd")).toBe(kind);
    }
  });

  it("are the documented ones", () => {
    expect(INPUT_SUBJECTS).toMatchObject({
      ReceiveCall: "call",
      UpdateUnitLocation: "unit.location",
      UpdateUnitStatus: "unit.status",
      CheckUnit: "unit.check",
      AddUnit: "roster.add",
      DispatchUnit: "cmd.dispatch",
      ReprioritiseIncident: "cmd.reprioritise",
      AddNote: "cmd.note",
      Tick: "tick",
    });
  });

  it("name no kind for another agency, a partial or a longer subject", () => {
    for (const subject of [
      "cad.kcm.in.call",
      "cad.sfd.in.cmd",
      "cad.sfd.in.call.extra",
      "cad.sfd.evt.call",
      "cad.sfd.in.",
      "call",
      "cad.sfd.in.constructor",
      "cad.sfd.in.__proto__",
    ]) {
      expect(inputKindOfSubject(subject, "sfd")).toBeUndefined();
    }
  });
});

describe("event subjects", () => {
  it("give every event type its own suffix of subject, then what happened", () => {
    const suffixes = Object.values(EVENT_SUBJECTS);
    expect(new Set(suffixes).size).toBe(suffixes.length);
    expect(suffixes).not.toContain(REJECTED_SUBJECT_SUFFIX);
    for (const suffix of suffixes) expect(suffix).toMatch(TOKENS);
    const suffixOf = (type: EngineEvent["type"]) => {
      const event = EVENT_EXAMPLES.find((e) => e.type === type);
      return event === undefined ? undefined : eventSubjectSuffix(event);
    };
    expect(suffixOf("IncidentCreated")).toBe("incident.created");
    expect(suffixOf("UnitDispatched")).toBe("unit.dispatched");
    expect(suffixOf("UnitsRecommended")).toBe("units.recommended");
    expect(suffixOf("CallReceived")).toBe("call.received");
    expect(suffixOf("UnitStatusChanged")).toBe("unit.status-changed");
  });

  it("match what events.proto documents for each Output body", () => {
    const proto = readFileSync(new URL("../../../proto/cad/v1/events.proto", import.meta.url), "utf8");
    const documented = [...proto.matchAll(/\/\/ On cad\.<agency>\.evt\.(\S+)\n\s+(\w+) \w+ = \d+;/g)].map(
      ([, suffix, type]) => [type, suffix],
    );
    expect(Object.fromEntries(documented)).toEqual({
      ...EVENT_SUBJECTS,
      InputRejected: REJECTED_SUBJECT_SUFFIX,
    });
  });
});
