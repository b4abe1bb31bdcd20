import { describe, expect, it } from "vitest";
import { encodeInput, readLogEntry, type LogMessage } from "../../adapters/nats/index.ts";

const STORED = Date.UTC(2026, 0, 1, 8, 0, 0);
const NOW = STORED - 60_000;

/** A tick on the timed subject, the only one where Cad-Time may be honoured. */
function message(claimedTime: string | undefined): LogMessage {
  return {
    seq: 7,
    subject: "cad.a.in.timed.tick",
    msgId: "m7",
    claimedTime,
    storedAtMs: STORED,
    data: encodeInput({ kind: "Tick" }),
  };
}

describe("given an engine that trusts Cad-Time, on a timed subject, bounded by the log's acceptance time", () => {
  it.each([
    ["exactly the bound ahead", String(STORED + 5000), STORED + 5000],
    ["behind the log", String(STORED - 1000), STORED - 1000],
    ["absent", undefined, STORED],
  ])("when Cad-Time is %s, then it is the input's instant", (_what, header, at) => {
    const entry = readLogEntry(message(header), "a", true, NOW, 5000);
    expect(entry.decoded).toMatchObject({ ok: true, input: { at } });
  });

  it.each([
    ["1 ms past the bound", String(STORED + 5001), "INPUT_TIME_AHEAD"],
    ["10^20", "100000000000000000000", "INVALID_INPUT_TIME"],
    ["a fraction", `${STORED}.5`, "INVALID_INPUT_TIME"],
    ["in exponent form", "1.7e12", "INVALID_INPUT_TIME"],
    ["negative", "-1", "INVALID_INPUT_TIME"],
    ["zero", "0", "INVALID_INPUT_TIME"],
    ["text", "tomorrow", "INVALID_INPUT_TIME"],
  ])("when Cad-Time is %s, then the entry is rejected %s at the engine's time", (_what, header, code) => {
    const entry = readLogEntry(message(header), "a", true, NOW, 5000);
    expect(entry.decoded).toMatchObject({ ok: false, code, field: "Cad-Time" });
    expect(entry.at).toBe(NOW);
  });

  it("when the same message is read again later (a replay), then the answer is the same", () => {
    const header = String(STORED + 60_000);
    const first = readLogEntry(message(header), "a", true, NOW, 5000);
    const replayed = readLogEntry(message(header), "a", true, NOW + 3_600_000, 5000);
    expect(replayed.decoded).toEqual(first.decoded);
  });

  it("when input time is not trusted, then the timed subject is rejected INPUT_TIME_NOT_TRUSTED at the engine's time, header or not", () => {
    for (const header of ["tomorrow", String(STORED), undefined]) {
      const entry = readLogEntry(message(header), "a", false, NOW, 5000);
      expect(entry.decoded).toMatchObject({ ok: false, code: "INPUT_TIME_NOT_TRUSTED", field: "Cad-Time" });
      expect(entry.at).toBe(NOW);
    }
  });
});
