import { afterEach, describe, expect, it } from "vitest";
import { configureLogging, entryOf, lineLog, logger, loggingOf } from "./index.ts";

const lines: string[] = [];
const write = (line: string) => void lines.push(line);

afterEach(() => {
  lines.length = 0;
  configureLogging({ format: "text", level: "info" });
});

describe("structured logs", () => {
  it("given JSON format, each line is one JSON object with level, time, component, agency and message", () => {
    configureLogging({ format: "json", level: "info", write });
    logger("cad-engine", "sfd").info("live at input 12", { seq: 12 });
    const entry = JSON.parse(lines[0] ?? "") as Record<string, unknown>;
    expect(entry).toMatchObject({
      level: "info",
      component: "cad-engine",
      agency: "sfd",
      seq: 12,
      msg: "live at input 12",
    });
    expect(new Date(String(entry["time"])).toISOString()).toBe(entry["time"]);
    expect(lines[0]?.endsWith("\n")).toBe(true);
  });

  it("given an adapter's line, its component and agency come from its prefix and a FATAL keeps its code", () => {
    configureLogging({ format: "json", level: "info", write });
    lineLog("cad")("cad-engine sfd: FATAL INPUT_LOG_GAP: the input log went from input 3 to 9");
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({
      level: "error",
      component: "cad-engine",
      agency: "sfd",
      code: "INPUT_LOG_GAP",
      msg: "FATAL INPUT_LOG_GAP: the input log went from input 3 to 9",
    });
  });

  it("classifies lines: ENGINE_FAULT is an error with its fault id, WARNING and retried failures are warnings", () => {
    expect(entryOf("cad-engine a: ENGINE_FAULT fault-a-7 on input 7 (call): boom", "cad")).toMatchObject({
      level: "error",
      fields: { code: "ENGINE_FAULT", fault: "fault-a-7" },
    });
    expect(entryOf("WARNING: --insecure: no credentials", "cad")).toMatchObject({
      level: "warn",
      component: "cad",
    });
    expect(entryOf("cad-rms a: stopped: x", "cad-rms")).toMatchObject({ level: "info", agency: "a" });
    expect(entryOf("console x: publishing outputs failed (timeout); retrying", "c")).toMatchObject({
      level: "warn",
    });
  });

  it("given text format, an adapter's line comes out as it was written, after the time", () => {
    configureLogging({ format: "text", level: "info", write });
    lineLog("cad")("cad-engine sfd: replica r1 leads term 2 from input 40");
    expect(lines[0]).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z cad-engine sfd: replica r1 leads term 2 from input 40\n$/,
    );
  });

  it("given level warn, info and debug lines are left out; given debug, they are written", () => {
    configureLogging({ format: "json", level: "warn", write });
    const log = logger("cad-rms", "a");
    log.debug("detail");
    log.info("progress");
    log.warn("slow");
    expect(lines.map((l) => (JSON.parse(l) as { level: string }).level)).toEqual(["warn"]);
    lines.length = 0;
    configureLogging({ format: "text", level: "debug", write });
    log.debug("detail", { inputSeq: 4 });
    expect(lines[0]).toMatch(/Z DEBUG cad-rms a: detail \(inputSeq=4\)\n$/);
  });

  it("refuses a bad --log-format or --log-level with a message naming the flag", () => {
    expect(() => loggingOf({ "log-format": "xml" })).toThrow(
      '--log-format must be one of json, text, got "xml"',
    );
    expect(() => loggingOf({ "log-level": "loud" })).toThrow(
      "--log-level must be one of debug, info, warn, error",
    );
    expect(loggingOf({})).toEqual({
      format: process.env["CAD_LOG_FORMAT"] ?? "text",
      level: process.env["CAD_LOG_LEVEL"] ?? "info",
    });
  });
});
