import { describe, expect, it } from "vitest";
import { applyInput, deserialiseState, serialiseState } from "../../engine/index.ts";
import { Scenario, call, config } from "../support/scenario.ts";

describe("given an engine that has applied inputs", () => {
  const setup = () => new Scenario().given(call("C1", "AID"));

  it("when an input repeats an applied id, then it is rejected as a duplicate and nothing changes", () => {
    const s = setup();
    const before = s.snapshot();
    const r = s.when({ ...call("C2", "AID"), id: "in-1" });
    expect(r.rejection).toMatchObject({ code: "DUPLICATE_INPUT", field: "id" });
    expect(s.snapshot()).toBe(before);
  });

  it("when an input is older than the engine's time, then it is rejected as out of order", () => {
    const s = setup();
    const r = s.when({ kind: "Tick", at: s.state.now - 1 });
    expect(r.rejection?.code).toBe("OUT_OF_ORDER");
  });

  it.each([
    [{ kind: "LaunchMissiles" }, "UNKNOWN_INPUT_KIND"],
    [null, "UNKNOWN_INPUT_KIND"],
    [{ kind: "Tick", id: "", at: 5 }, "MISSING_FIELD"],
    [{ kind: "Tick", id: "x", at: 1.5 }, "INVALID_FIELD"],
    [{ kind: "Tick", id: "x" }, "MISSING_FIELD"],
  ])("when the input is %o, then it is rejected with %s", (input, code) => {
    const s = setup();
    const before = s.snapshot();
    // Straight to the engine: the scenario would fill in a missing id or instant.
    expect(applyInput(s.state, s.cfg, input as never).rejection?.code).toBe(code);
    expect(s.snapshot()).toBe(before);
  });
});

describe("given an engine with a dedup window of 3 input ids", () => {
  const small = { ...config, dedupWindow: 3 };
  const ticks = (s: Scenario, ids: string[]) => ids.forEach((id) => s.given({ kind: "Tick", id }));

  it("when an id comes back within the last 3 accepted, then it is refused, also after a snapshot restore", () => {
    const s = new Scenario(small);
    ticks(s, ["a", "b", "c"]);
    expect(s.when({ kind: "Tick", id: "a" }).rejection?.code).toBe("DUPLICATE_INPUT");
    ticks(s, ["d", "e"]);
    expect(s.when({ kind: "Tick", id: "c" }).rejection?.code).toBe("DUPLICATE_INPUT");
    const restored = deserialiseState(JSON.parse(JSON.stringify(serialiseState(s.state))));
    expect(applyInput(restored, small, { kind: "Tick", id: "e", at: s.state.now }).rejection?.code).toBe(
      "DUPLICATE_INPUT",
    );
    expect(applyInput(restored, small, { kind: "Tick", id: "c", at: s.state.now }).rejection?.code).toBe(
      "DUPLICATE_INPUT",
    );
  });

  it("when an id comes back after more than twice the window, then it is accepted as new", () => {
    const s = new Scenario(small);
    ticks(s, ["a", "b", "c", "d", "e", "f", "g"]);
    expect(s.when({ kind: "Tick", id: "a" }).rejection).toBeNull();
  });
});
