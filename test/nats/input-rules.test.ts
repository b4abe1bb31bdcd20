import { describe, expect, it } from "vitest";
import {
  OPERATOR_HEADER,
  TIME_HEADER,
  encodeInput,
  inputSubject,
  readLogEntry,
  type InputBody,
  type LogMessage,
} from "../../adapters/nats/index.ts";

/** The log-reading rules of issue 15: which subject may carry Cad-Time, per-unit subjects, Cad-Operator. */

const STORED = Date.UTC(2026, 0, 1, 8, 0, 0);
const NOW = STORED - 60_000;
const STATUS: InputBody = { kind: "UpdateUnitStatus", unitId: "E1", status: "en_route" };

function message(
  body: InputBody,
  opts: { subject?: string; timed?: boolean; time?: string | undefined; operator?: string | undefined } = {},
): LogMessage {
  return {
    seq: 9,
    subject: opts.subject ?? inputSubject("a", body, { timed: opts.timed === true }),
    msgId: "m9",
    claimedTime: opts.time,
    operator: opts.operator,
    storedAtMs: STORED,
    data: encodeInput(body),
  };
}

describe("Cad-Time and the subject it comes on", () => {
  it.each([true, false])(
    "given trust %s, when a Cad-Time header comes on a subject that is not timed, then the input is rejected INPUT_TIME_NOT_ALLOWED at the engine's time",
    (trust) => {
      const entry = readLogEntry(message(STATUS, { time: String(STORED) }), "a", trust, NOW);
      expect(entry.decoded).toMatchObject({ ok: false, code: "INPUT_TIME_NOT_ALLOWED", field: TIME_HEADER });
      expect(entry.at).toBe(NOW);
      expect(entry.kind).toBe("UpdateUnitStatus");
    },
  );

  it("given an engine that does not trust input time, when an input comes on a timed subject, then it is rejected INPUT_TIME_NOT_TRUSTED", () => {
    for (const time of [String(STORED - 1000), undefined]) {
      const entry = readLogEntry(message(STATUS, { timed: true, time }), "a", false, NOW);
      expect(entry.decoded).toMatchObject({ ok: false, code: "INPUT_TIME_NOT_TRUSTED", field: TIME_HEADER });
    }
  });

  it("given a trusting engine, when a timed subject has the header, then it is the instant; without it, the log's time", () => {
    const claimed = readLogEntry(
      message(STATUS, { timed: true, time: String(STORED - 1000) }),
      "a",
      true,
      NOW,
    );
    expect(claimed.decoded).toMatchObject({ ok: true, input: { at: STORED - 1000, unitId: "E1" } });
    const bare = readLogEntry(message(STATUS, { timed: true }), "a", true, NOW);
    expect(bare.decoded).toMatchObject({ ok: true, input: { at: STORED } });
  });

  it("given any engine, when an input comes on a plain subject without Cad-Time, then it takes the log's time", () => {
    for (const trust of [true, false]) {
      const entry = readLogEntry(message(STATUS), "a", trust, NOW);
      expect(entry.decoded).toMatchObject({ ok: true, input: { at: STORED, kind: "UpdateUnitStatus" } });
    }
  });
});

describe("per-unit subjects", () => {
  it.each([
    ["UpdateUnitStatus", "cad.a.in.unit.status.E2"],
    ["UpdateUnitLocation", "cad.a.in.unit.location.E2"],
    ["UpdateUnitStatus", "cad.a.in.timed.unit.status.E2"],
  ] as const)(
    "when a %s body names E1 on %s, then it is rejected SUBJECT_MISMATCH (field unitId)",
    (kind, subject) => {
      const body: InputBody =
        kind === "UpdateUnitStatus" ? STATUS : { kind, unitId: "E1", lon: -122.3, lat: 47.6 };
      const entry = readLogEntry(message(body, { subject }), "a", true, NOW);
      expect(entry.decoded).toMatchObject({ ok: false, code: "SUBJECT_MISMATCH", field: "unitId" });
      expect(entry.kind).toBe(kind);
    },
  );

  it("when the body names no unit at all on a unit's subject, then it is rejected SUBJECT_MISMATCH", () => {
    const entry = readLogEntry(
      message({ kind: "UpdateUnitStatus", status: "available" } as InputBody, {
        subject: "cad.a.in.unit.status.E1",
      }),
      "a",
      false,
      NOW,
    );
    expect(entry.decoded).toMatchObject({ ok: false, code: "SUBJECT_MISMATCH", field: "unitId" });
  });

  it("when a unit report comes on the bare unit.status subject, then no input kind is read from it", () => {
    const entry = readLogEntry(message(STATUS, { subject: "cad.a.in.unit.status" }), "a", false, NOW);
    expect(entry.kind).toBeUndefined();
    expect(entry.decoded).toBeUndefined();
  });
});

describe("Cad-Operator", () => {
  it.each(["dispatcher.jane", "j@psap-7", "A_b-c.d@e", "x".repeat(64)])(
    "when the header is %s, then the input carries it as its operator",
    (operator) => {
      const entry = readLogEntry(message(STATUS, { operator }), "a", false, NOW);
      expect(entry.decoded).toMatchObject({ ok: true, input: { operator, unitId: "E1" } });
    },
  );

  it.each(["x".repeat(65), "jane doe", "jäne", "a/b", "a,b", "<script>", "a\tb"])(
    "when the header is %j, then the input is rejected INVALID_OPERATOR (field Cad-Operator)",
    (operator) => {
      const entry = readLogEntry(message(STATUS, { operator }), "a", false, NOW);
      expect(entry.decoded).toMatchObject({ ok: false, code: "INVALID_OPERATOR", field: OPERATOR_HEADER });
    },
  );

  it("when there is no header (or it is empty), then the input has no operator", () => {
    for (const operator of [undefined, ""]) {
      const entry = readLogEntry(message(STATUS, { operator }), "a", false, NOW);
      expect(entry.decoded?.ok && "operator" in entry.decoded.input).toBe(false);
    }
  });

  it("when the same message is read again at another engine time, then every rule decides the same (they read only the log)", () => {
    const decision = (m: LogMessage, trust: boolean, now: number) => {
      const d = readLogEntry(m, "a", trust, now).decoded;
      return d === undefined ? null : d.ok ? ["ok", d.input.operator] : [d.code, d.field];
    };
    const cases = [
      message(STATUS, { operator: "bad name" }),
      message(STATUS, { operator: "jane" }),
      message(STATUS, { subject: "cad.a.in.unit.status.E9" }),
      message(STATUS, { time: String(STORED) }),
      message(STATUS, { timed: true, time: String(STORED) }),
    ];
    for (const trust of [true, false])
      for (const m of cases) expect(decision(m, trust, NOW + 3_600_000)).toEqual(decision(m, trust, NOW));
  });
});
