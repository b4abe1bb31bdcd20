import { describe, expect, it } from "vitest";
import {
  applyInput,
  createState,
  deserialiseState,
  serialiseState,
  StateFormatError,
  type EngineState,
  type Input,
} from "../../engine/index.ts";
import { DEFAULT_SOURCE, withPriority } from "../support/configs.ts";
import { call, config, near, Scenario, T0 } from "../support/scenario.ts";

// In config/default.yaml an automatic fire alarm (AFA) is priority 2.
const AFA_4 = withPriority("AFA", 4);
const apply = (source: { hash: string; content: string }) =>
  ({ kind: "ApplyConfiguration", hash: source.hash, content: source.content }) as const;

/** A log with a configuration change in the middle: AFA calls before and after it. */
function logWithChange(): Input[] {
  const bodies = [
    call("C1", "AFA", near(0, 0)),
    apply(AFA_4),
    call("C2", "AFA", near(3000, 0)),
    call("C3", "AFA", near(-3000, 0)),
  ];
  return bodies.map((body, i) => {
    const at = T0 + (i + 1) * 1000;
    return {
      ...body,
      id: `in-${i + 1}`,
      at,
      ...(body.kind === "ReceiveCall" && { receivedAt: at }),
    } as Input;
  });
}

function replay(inputs: readonly Input[], state: EngineState = createState()): EngineState {
  for (const input of inputs) applyInput(state, config, input);
  return state;
}

const priorities = (state: EngineState): Record<string, number> =>
  Object.fromEntries([...state.incidents.values()].map((i) => [i.callIds[0] ?? i.id, i.priority]));

describe("ApplyConfiguration: the configuration is part of the history", () => {
  it("a change mid-log leaves the incidents before it as they were and applies to those after", () => {
    const s = new Scenario().given(call("C1", "AFA", near(0, 0)));
    const r = s.when(apply(AFA_4));
    expect(r.rejection).toBeNull();
    expect(r.events).toEqual([]);
    s.given(call("C2", "AFA", near(3000, 0)));
    expect(priorities(s.state)).toEqual({ C1: 2, C2: 4 });
    expect(s.state.configuration?.hash).toBe(AFA_4.hash);
  });

  it("replay applies each input under the configuration in force when it was accepted", () => {
    const log = logWithChange();
    const first = replay(log);
    expect(priorities(first)).toEqual({ C1: 2, C2: 4, C3: 4 });
    // The engine is restarted with the new file: the log, not the file, says what was in force.
    const second = createState();
    for (const input of log) applyInput(second, AFA_4.config, input);
    expect(priorities(second)).toEqual({ C1: 4, C2: 4, C3: 4 }); // before the change: the file (no record)
    expect(JSON.stringify(serialiseState(replay(log)))).toBe(JSON.stringify(serialiseState(first)));
  });

  it("a snapshot names the configuration in force and is continued under it", () => {
    const log = logWithChange();
    const whole = replay(log);
    const half = replay(log.slice(0, 2));
    const serialised = serialiseState(half);
    expect(serialised.configuration?.hash).toBe(AFA_4.hash);
    expect(serialised.configuration?.since).toBe(log[1]?.at);
    const restored = deserialiseState(JSON.parse(JSON.stringify(serialised)));
    expect(restored.configuration?.config.callTypes.get("AFA")?.priority).toBe(4);
    replay(log.slice(2), restored);
    expect(JSON.stringify(serialiseState(restored))).toBe(JSON.stringify(serialiseState(whole)));
  });

  it("a log with no ApplyConfiguration runs under the configuration the engine started with, and its snapshot names none", () => {
    const state = replay([{ ...call("C1", "AFA"), id: "in-1", at: T0, receivedAt: T0 } as Input]);
    expect(state.configuration).toBeNull();
    expect("configuration" in serialiseState(state)).toBe(false);
    expect(priorities(state)).toEqual({ C1: 2 });
  });

  it("rejects a content that does not validate with INVALID_CONFIGURATION, naming each problem by path", () => {
    const s = new Scenario();
    const doc = JSON.parse(DEFAULT_SOURCE.content) as { document: Record<string, unknown> };
    doc.document["dedupWindw"] = 5;
    const r = s.when({ kind: "ApplyConfiguration", hash: "a".repeat(64), content: JSON.stringify(doc) });
    expect(r.rejection?.code).toBe("INVALID_CONFIGURATION");
    expect(r.rejection?.field).toBe("content");
    expect(r.rejection?.reason).toContain("dedupWindw: unknown key");
    expect(s.state.configuration).toBeNull();
  });

  it("rejects content that is not JSON, a malformed hash, and the configuration already in force", () => {
    const s = new Scenario();
    expect(s.when({ kind: "ApplyConfiguration", hash: "a".repeat(64), content: "{" }).rejection?.code).toBe(
      "INVALID_CONFIGURATION",
    );
    expect(
      s.when({ kind: "ApplyConfiguration", hash: "xyz", content: AFA_4.content }).rejection,
    ).toMatchObject({
      code: "INVALID_FIELD",
      field: "hash",
    });
    s.given(apply(AFA_4));
    expect(s.when(apply(AFA_4)).rejection?.code).toBe("CONFIGURATION_IN_FORCE");
  });

  it("a snapshot whose configuration no longer builds is a format error, never a silent fallback", () => {
    const serialised = serialiseState(replay(logWithChange()));
    const broken = { ...serialised, configuration: { ...serialised.configuration, content: "{}" } };
    expect(() => deserialiseState(broken)).toThrow(StateFormatError);
  });
});
