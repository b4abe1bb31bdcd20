import { describe, expect, it } from "vitest";
import { parsePrometheus } from "./prometheus.ts";
import { Registry } from "../../adapters/metrics/registry.ts";
import { metricsOf } from "../../adapters/metrics/flags.ts";

describe("the Prometheus registry", () => {
  it("renders counters, sampled gauges and histograms as valid exposition text, label values escaped", () => {
    const r = new Registry();
    const c = r.counter("x_total", "Things.");
    c.inc({ code: 'A"B\\C\nD' });
    c.inc({ code: 'A"B\\C\nD' }, 2);
    r.sampled("y", "A gauge.", "gauge", () => [[{ agency: "a" }, 4]]);
    const h = r.histogram("z_seconds", "Latency.", [0.01, 0.1]);
    h.observe({ agency: "a" }, 0.005);
    h.observe({ agency: "a" }, 0.05);
    h.observe({ agency: "a" }, 3);
    const m = parsePrometheus(r.render());
    expect(m.value("x_total", { code: 'A"B\\C\nD' })).toBe(3);
    expect(m.value("y", { agency: "a" })).toBe(4);
    expect(m.all("z_seconds_bucket").map((s) => [s.labels["le"], s.value])).toEqual([
      ["0.01", 1],
      ["0.1", 2],
      ["+Inf", 3],
    ]);
    expect(m.value("z_seconds_count", { agency: "a" })).toBe(3);
    expect(m.value("z_seconds_sum", { agency: "a" })).toBeCloseTo(3.055);
  });

  it("refuses a metric registered twice or with a bad name", () => {
    const r = new Registry();
    r.counter("a_total", "A.");
    expect(() => r.counter("a_total", "A.")).toThrow("registered twice");
    expect(() => r.counter("a-b", "A.")).toThrow('bad metric name "a-b"');
  });

  it("--metrics-port: absent is no endpoint, 0-65535 a port, anything else an error naming the flag", () => {
    expect(metricsOf({})).toBeUndefined();
    expect(metricsOf({ "metrics-port": "9464" })).toEqual({ host: "127.0.0.1", port: 9464 });
    expect(metricsOf({ "metrics-port": "0", "metrics-host": "0.0.0.0" })).toEqual({
      host: "0.0.0.0",
      port: 0,
    });
    expect(() => metricsOf({ "metrics-port": "http" })).toThrow(
      '--metrics-port must be a whole number 0-65535, got "http"',
    );
    expect(() => metricsOf({ "metrics-port": "70000" })).toThrow("--metrics-port");
  });
});
