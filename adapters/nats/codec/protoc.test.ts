import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { INPUT_KINDS, type EngineEvent } from "../../../engine/index.ts";
import {
  decodeInput,
  decodeOutput,
  encodeEvent,
  encodeInput,
  EXAMPLES_AT as T,
  INPUT_EXAMPLES,
  type OutputMeta,
} from "./index.ts";
import { EVENT_EXAMPLES } from "./testing/events.ts";

/**
 * An independent client: Debian's protoc (the reference C++ implementation) reads the .proto
 * files itself, encodes text-format messages for the codec to decode, and decodes the codec's
 * bytes. Skipped when protoc is not installed (apt-get install protobuf-compiler).
 */
const PROTOC = spawnSync("protoc", ["--version"]).status === 0;
const ROOT = new URL("../../../", import.meta.url).pathname;

function protoc(mode: "encode" | "decode", type: string, input: string | Uint8Array): Buffer {
  const file = type === "Output" ? "events.proto" : "inputs.proto";
  const run = spawnSync("protoc", [`--${mode}=cad.v1.${type}`, "-I", "proto", `proto/cad/v1/${file}`], {
    cwd: ROOT,
    input,
  });
  if (run.status !== 0) throw new Error(`protoc --${mode}=cad.v1.${type} failed: ${run.stderr.toString()}`);
  return run.stdout;
}

const meta: OutputMeta = { agency: "sfd", inputSeq: 1234, inputId: "in-1234", index: 2 };

describe.skipIf(!PROTOC)(
  `an independent client: protoc${PROTOC ? "" : " (SKIPPED: protoc not installed)"}`,
  () => {
    it("encodes a text-format ReceiveCall that decodeInput accepts with the right fields", () => {
      const text = [
        'call_id: "C-77"',
        `received_at_ms: ${T - 4000}`,
        "lon: -122.3321",
        "lat: 0",
        'call_type: "MED"',
        'flags: "UNCONSCIOUS"',
        'flags: "INJURIES"',
        'address: "1 Main St"',
      ].join("\n");
      const result = decodeInput("ReceiveCall", protoc("encode", "ReceiveCall", text), "in-9", T);
      expect(result).toStrictEqual({
        ok: true,
        input: {
          kind: "ReceiveCall",
          id: "in-9",
          at: T,
          callId: "C-77",
          receivedAt: T - 4000,
          lon: -122.3321,
          lat: 0,
          callType: "MED",
          flags: ["UNCONSCIOUS", "INJURIES"],
          address: "1 Main St",
        },
      });
    });

    it("decodes encodeEvent output, printing the expected fields", () => {
      const event: EngineEvent = {
        type: "UnitStatusChanged",
        at: T,
        unitId: "E10",
        from: "dispatched",
        to: "en_route",
        incidentId: "INC-000001",
        reported: "ER",
      };
      const text = protoc("decode", "Output", encodeEvent(meta, event)).toString();
      const lines = text.split("\n").map((l) => l.trim());
      for (const line of [
        'agency: "sfd"',
        "input_seq: 1234",
        'input_id: "in-1234"',
        "index: 2",
        `at_ms: ${T}`,
        "unit_status_changed {",
        'unit_id: "E10"',
        "from: UNIT_STATUS_DISPATCHED",
        "to: UNIT_STATUS_EN_ROUTE",
        'incident_id: "INC-000001"',
        'reported: "ER"',
      ]) {
        expect(lines).toContain(line);
      }
    });

    // An EIDO travels as JSON (the NENA document), not as a cad.v1 message.
    it.each(INPUT_KINDS.filter((k) => k !== "ReceiveEido"))(
      "agrees on every field of a %s (codec -> protoc text -> protoc -> codec)",
      (kind) => {
        const text = protoc("decode", kind, encodeInput(INPUT_EXAMPLES[kind]));
        const result = decodeInput(kind, protoc("encode", kind, text), "in-1", T);
        expect(result).toStrictEqual({ ok: true, input: { ...INPUT_EXAMPLES[kind], id: "in-1", at: T } });
      },
    );

    it.each(EVENT_EXAMPLES.map((e, i) => [`${i}: ${e.type}`, e] as const))(
      "agrees on every field of %s (codec -> protoc text -> protoc -> codec)",
      (_, event) => {
        const text = protoc("decode", "Output", encodeEvent(meta, event));
        expect(decodeOutput(protoc("encode", "Output", text))).toStrictEqual({ ...meta, event });
      },
    );
  },
);
