import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INPUT_KINDS, type EngineEvent } from "../../../engine/index.ts";
import fc from "fast-check";
import {
  CodecError,
  EVENT_SUBJECTS,
  INPUT_EXAMPLES,
  INPUT_SUBJECTS,
  PER_UNIT_KINDS,
  REJECTED_SUBJECT_SUFFIX,
  eventSubjectSuffix,
  inputKindOfSubject,
  inputSubject,
  type InputBody,
} from "./index.ts";
import { EVENT_EXAMPLES } from "./testing/events.ts";

const TOKENS = /^[a-z][a-z-]*(\.[a-z][a-z-]*)*$/;

const AGENCY = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,31}$/);
const UNIT_ID = fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/);

/** Every kind's example body, with the unit id drawn for the per-unit kinds. */
const body = fc.tuple(fc.constantFrom(...INPUT_KINDS), UNIT_ID).map(([kind, unitId]): InputBody => {
  const example = INPUT_EXAMPLES[kind];
  return (PER_UNIT_KINDS as readonly string[]).includes(kind)
    ? ({ ...example, unitId } as InputBody)
    : example;
});

describe("input subjects", () => {
  it("give every kind its own suffix", () => {
    expect(Object.keys(INPUT_SUBJECTS).sort()).toEqual([...INPUT_KINDS].sort());
    expect(new Set(Object.values(INPUT_SUBJECTS)).size).toBe(INPUT_KINDS.length);
    for (const kind of INPUT_KINDS) expect(INPUT_SUBJECTS[kind]).toMatch(TOKENS);
  });

  it("inputSubject and inputKindOfSubject are inverse for every kind, timed or not, of any agency and unit", () => {
    fc.assert(
      fc.property(AGENCY, body, fc.boolean(), (agency, b, timed) => {
        const subject = inputSubject(agency, b, { timed });
        const read = inputKindOfSubject(subject, agency);
        const unitId = (b as { unitId?: string }).unitId;
        const perUnit = (PER_UNIT_KINDS as readonly string[]).includes(b.kind);
        expect(read).toEqual(perUnit ? { kind: b.kind, timed, unitToken: unitId } : { kind: b.kind, timed });
        // Another agency's reader sees no input in it.
        expect(inputKindOfSubject(subject, `${agency}x`)).toBeUndefined();
      }),
    );
  });

  it("are the documented ones: unit terminals' kinds per unit, timed under in.timed", () => {
    const status = { kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" } as const;
    const fix = { kind: "UpdateUnitLocation", unitId: "M-7", lon: 1, lat: 2 } as const;
    expect(inputSubject("sfd", status)).toBe("cad.sfd.in.unit.status.E1");
    expect(inputSubject("sfd", fix)).toBe("cad.sfd.in.unit.location.M-7");
    expect(inputSubject("sfd", status, { timed: true })).toBe("cad.sfd.in.timed.unit.status.E1");
    expect(inputSubject("sfd", { kind: "Tick" }, { timed: true })).toBe("cad.sfd.in.timed.tick");
    expect(inputSubject("sfd", INPUT_EXAMPLES.ReceiveCall, { timed: true })).toBe("cad.sfd.in.timed.call");
    expect(inputSubject("sfd", INPUT_EXAMPLES.ReceiveCall)).toBe("cad.sfd.in.call");
    expect(INPUT_SUBJECTS).toMatchObject({
      ReceiveCall: "call",
      CheckUnit: "unit.check",
      AddUnit: "roster.add",
      DispatchUnit: "cmd.dispatch",
      ReprioritiseIncident: "cmd.reprioritise",
      AddNote: "cmd.note",
      ApplyConfiguration: "config.apply",
      Tick: "tick",
    });
  });

  it("give a leadership claim leader.claim, and timed.leader.claim for an engine that trusts input time (the claim carries the engine's own time)", () => {
    const claim = INPUT_EXAMPLES.ClaimLeadership;
    expect(inputSubject("sfd", claim)).toBe("cad.sfd.in.leader.claim");
    expect(inputKindOfSubject("cad.sfd.in.leader.claim", "sfd")).toEqual({
      kind: "ClaimLeadership",
      timed: false,
    });
    expect(inputSubject("sfd", claim, { timed: true })).toBe("cad.sfd.in.timed.leader.claim");
    expect(EVENT_SUBJECTS.LeadershipChanged).toBe("leader.changed");
  });

  it("refuse to build a per-unit subject for a unit id that is no subject token", () => {
    for (const unitId of ["", "E.1", "E 1", "*", ">", "x".repeat(33)])
      expect(() => inputSubject("sfd", { kind: "UpdateUnitStatus", unitId, status: "available" })).toThrow(
        CodecError,
      );
  });

  it("name no kind for another agency, a partial, a longer subject, or a bare unit.status / unit.location", () => {
    for (const subject of [
      "cad.kcm.in.call",
      "cad.sfd.in.cmd",
      "cad.sfd.in.call.extra",
      "cad.sfd.evt.call",
      "cad.sfd.in.",
      "call",
      "cad.sfd.in.constructor",
      "cad.sfd.in.__proto__",
      "cad.sfd.in.unit.status",
      "cad.sfd.in.unit.location",
      "cad.sfd.in.unit.status.",
      "cad.sfd.in.unit.status.E1.x",
      "cad.sfd.in.timed.unit.location.E 1",
      "cad.sfd.in.timed",
      "cad.sfd.in.timed.",
      "cad.sfd.in.timed.timed.call",
      "cad.sfd.in.timed.unit.status",
    ]) {
      expect(inputKindOfSubject(subject, "sfd"), subject).toBeUndefined();
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
