import { describe, expect, it } from "vitest";
import {
  deserialiseState,
  INITIAL_LEADERSHIP,
  serialiseState,
  STATE_FORMAT_VERSION,
  StateFormatError,
} from "../../engine/index.ts";
import { Scenario, T0, call, near, unit, type InputBody } from "../support/scenario.ts";

const claim = (term: number, replica: string, id?: string): InputBody => ({
  kind: "ClaimLeadership",
  term,
  replica,
  ...(id !== undefined && { id }),
});

describe("ClaimLeadership: leadership is an input of the log", () => {
  it("given an empty state, when r1 claims term 1, then LeadershipChanged names r1 and no one before, and r1 leads", () => {
    const s = new Scenario();
    const r = s.when(claim(1, "r1", "claim:sfd:1:r1:k3x9"));
    expect(r.rejection).toBeNull();
    expect(r.events).toEqual([
      {
        type: "LeadershipChanged",
        at: T0 + 1000,
        term: 1,
        replica: "r1",
        claimId: "claim:sfd:1:r1:k3x9",
        previousTerm: 0,
        previousReplica: "",
      },
    ]);
    expect(s.state.leadership).toEqual({
      term: 1,
      replica: "r1",
      claimId: "claim:sfd:1:r1:k3x9",
      since: T0 + 1000,
    });
  });

  it("given r1 leads term 1, when r2 claims term 2, then it is accepted and names r1 as the previous leader", () => {
    const s = new Scenario().given(claim(1, "r1", "c1"));
    const r = s.when(claim(2, "r2", "c2"));
    expect(r.rejection).toBeNull();
    expect(r.events).toEqual([
      {
        type: "LeadershipChanged",
        at: T0 + 2000,
        term: 2,
        replica: "r2",
        claimId: "c2",
        previousTerm: 1,
        previousReplica: "r1",
      },
    ]);
    expect(s.state.leadership).toEqual({ term: 2, replica: "r2", claimId: "c2", since: T0 + 2000 });
  });

  it("given r1 won term 2, when r2 claims term 2 as well (the same term twice), then the second is STALE_TERM and r1 still leads", () => {
    const s = new Scenario().given(claim(1, "r0"), claim(2, "r1"));
    const before = s.snapshot();
    const r = s.when(claim(2, "r2"));
    expect(r).toEqual({
      events: [],
      rejection: {
        code: "STALE_TERM",
        reason: "term 2 is not the next term: term 2 is in force, led by r1",
        field: "term",
      },
    });
    expect(s.snapshot()).toBe(before);
    expect(s.state.leadership.replica).toBe("r1");
  });

  it("given no leader yet, when a replica claims term 2 (a jump of 2), then it is STALE_TERM and no one leads", () => {
    const s = new Scenario();
    const r = s.when(claim(2, "r1"));
    expect(r.rejection).toEqual({
      code: "STALE_TERM",
      reason: "term 2 is not the next term: no leader yet",
      field: "term",
    });
    expect(s.state.leadership).toEqual(INITIAL_LEADERSHIP);
  });

  it("given term 3 in force, when a replica claims term 5 or an older term 2, then both are STALE_TERM", () => {
    const s = new Scenario().given(claim(1, "r1"), claim(2, "r2"), claim(3, "r3"));
    for (const term of [5, 2, 1]) {
      expect(s.when(claim(term, "r1")).rejection).toEqual({
        code: "STALE_TERM",
        reason: `term ${term} is not the next term: term 3 is in force, led by r3`,
        field: "term",
      });
    }
    expect(s.state.leadership.term).toBe(3);
  });

  it("a stale claim changes nothing: not the state, not the engine's time, not the remembered ids", () => {
    const s = new Scenario().given(unit("E1", "engine"), call("C1", "AID", near(0, 0)), claim(1, "r1"));
    const before = s.snapshot();
    const r = s.when({ ...claim(1, "r2"), at: s.advance(60) });
    expect(r.rejection?.code).toBe("STALE_TERM");
    expect(s.snapshot()).toBe(before);
    // Its id was not remembered: the same id is still free for an accepted input.
    expect(s.when(claim(2, "r2", "in-4")).rejection).toBeNull();
  });

  it.each<[string, Record<string, unknown>, { code: string; field: string }]>([
    ["a replica name with a space", { term: 1, replica: "r 1" }, { code: "INVALID_FIELD", field: "replica" }],
    ["a replica name with a dot", { term: 1, replica: "r.1" }, { code: "INVALID_FIELD", field: "replica" }],
    [
      "a replica name of 65 characters",
      { term: 1, replica: "r".repeat(65) },
      { code: "INVALID_FIELD", field: "replica" },
    ],
    ["a replica name that is not text", { term: 1, replica: 7 }, { code: "INVALID_FIELD", field: "replica" }],
    ["no replica", { term: 1 }, { code: "MISSING_FIELD", field: "replica" }],
    ["an empty replica", { term: 1, replica: "" }, { code: "MISSING_FIELD", field: "replica" }],
    ["term 0", { term: 0, replica: "r1" }, { code: "INVALID_FIELD", field: "term" }],
    ["a negative term", { term: -1, replica: "r1" }, { code: "INVALID_FIELD", field: "term" }],
    ["a fractional term", { term: 1.5, replica: "r1" }, { code: "INVALID_FIELD", field: "term" }],
    ["a term that is not a number", { term: "1", replica: "r1" }, { code: "INVALID_FIELD", field: "term" }],
    ["a term beyond int32", { term: 2 ** 31, replica: "r1" }, { code: "INVALID_FIELD", field: "term" }],
    ["no term", { replica: "r1" }, { code: "MISSING_FIELD", field: "term" }],
  ])(
    "given no leader yet, when a claim has %s, then it is rejected with the field's code and changes nothing",
    (_, fields, expected) => {
      const s = new Scenario();
      const before = s.snapshot();
      const r = s.when({ kind: "ClaimLeadership", ...fields } as unknown as InputBody);
      expect(r.events).toEqual([]);
      expect(r.rejection).toMatchObject(expected);
      expect(s.snapshot()).toBe(before);
    },
  );

  it("accepts a replica name of 64 characters of A-Z a-z 0-9 _ -", () => {
    const name = `A-z_9${"x".repeat(59)}`;
    expect(new Scenario().when(claim(1, name)).rejection).toBeNull();
  });

  it("is carried by every event of the claim's operator like any input", () => {
    const s = new Scenario();
    const r = s.when({ ...claim(1, "r1"), operator: "ops" } as InputBody);
    expect(r.events[0]).toMatchObject({ type: "LeadershipChanged", operator: "ops" });
  });
});

describe("the leadership in a serialised state", () => {
  it("serialise -> deserialise keeps the leadership, and the restored engine accepts the next term only", () => {
    const s = new Scenario().given(claim(1, "r1", "c1"), claim(2, "r2", "c2"));
    const serialised = serialiseState(s.state);
    expect(serialised.format).toBe(STATE_FORMAT_VERSION);
    expect(serialised.leadership).toEqual({ term: 2, replica: "r2", claimId: "c2", since: T0 + 2000 });
    const restored = deserialiseState(JSON.parse(JSON.stringify(serialised)));
    expect(restored.leadership).toEqual(s.state.leadership);
    expect(JSON.stringify(serialiseState(restored))).toBe(JSON.stringify(serialised));
  });

  it("a format-5 state (written before leadership was recorded) is read with the initial leadership", () => {
    const s = new Scenario().given(unit("E1", "engine"), call("C1", "AID", near(0, 0)), claim(1, "r1"));
    const format5: Record<string, unknown> = { ...serialiseState(s.state), format: 5 };
    delete format5["leadership"];
    const restored = deserialiseState(JSON.parse(JSON.stringify(format5)));
    expect(restored.leadership).toEqual(INITIAL_LEADERSHIP);
    expect([...restored.incidents.keys()]).toEqual(["INC-000001"]);
    expect(restored.units.get("E1")?.id).toBe("E1");
  });

  it("refuses format 4 and a format-6 state whose leadership is missing or malformed", () => {
    const serialised = serialiseState(new Scenario().given(claim(1, "r1")).state);
    const read = (data: unknown) => () => deserialiseState(JSON.parse(JSON.stringify(data)));
    expect(read({ ...serialised, format: 4 })).toThrow(StateFormatError);
    const without: Record<string, unknown> = { ...serialised };
    delete without["leadership"];
    expect(read(without)).toThrow(/state.leadership: expected an object/);
    expect(read({ ...serialised, leadership: { ...serialised.leadership, term: -1 } })).toThrow(
      /state.leadership.term/,
    );
    expect(read({ ...serialised, leadership: { ...serialised.leadership, replica: 3 } })).toThrow(
      /state.leadership/,
    );
  });
});
