import type { JsMsg } from "@nats-io/jetstream";
import { describe, expect, it } from "vitest";
import { logMessageOfJs, readLogEntry } from "../../adapters/nats/index.ts";

/** A message as nats.js's consumer hands it over, with the reply subject JetStream gave it. */
const delivered = (reply: string): JsMsg =>
  ({
    seq: 5,
    subject: "cad.t.in.tick",
    reply,
    headers: undefined,
    // nats.js parses the nanoseconds into a float: 19 digits do not fit, the last ones are lost.
    info: { timestampNanos: parseInt(reply.split(".").find((t) => t.length === 19) ?? "", 10) },
    // As nats.js's JsMsg reads it: the digits of the reply subject as a bigint.
    timestampNanos: BigInt(reply.split(".").find((t) => t.length === 19) ?? ""),
    data: new Uint8Array(0),
  }) as unknown as JsMsg;

describe("the log's acceptance time of a message read live", () => {
  it("is the whole milliseconds of the reply subject's nanoseconds, as a replay reads them, also where a float would round up", () => {
    // 3.999999 ms into the second: as a float, 1796549532004000000 (the next millisecond).
    const ns = "1796549532003999999";
    expect(Number(BigInt(parseInt(ns, 10)) / 1_000_000n)).toBe(1796549532004);
    const old = delivered(`$JS.ACK.CAD_IN_T.c1.1.5.5.${ns}.0`);
    expect(logMessageOfJs(old).storedAtMs).toBe(1796549532003);
    const withDomain = delivered(`$JS.ACK.hub.ACCHASH.CAD_IN_T.c1.1.5.5.${ns}.0.r4nd`);
    expect(logMessageOfJs(withDomain).storedAtMs).toBe(1796549532003);
    // And so the input's instant, which its outputs carry.
    expect(readLogEntry(logMessageOfJs(old), "t", false, 0).at).toBe(1796549532003);
  });
});
