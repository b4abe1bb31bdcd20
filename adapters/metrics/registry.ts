/**
 * A small Prometheus registry: counters, gauges and histograms with labels, rendered in the text
 * exposition format 0.0.4 (https://prometheus.io/docs/instrumenting/exposition_formats/). Values
 * read from the running parts (a service's counts, the state's queue) are sampled at scrape time.
 */
export type Labels = Readonly<Record<string, string>>;
/** Samples read at scrape time: each with its labels. */
export type Sampler = () => Iterable<readonly [Labels, number]>;

type Kind = "counter" | "gauge" | "histogram";

interface Family {
  readonly name: string;
  readonly help: string;
  readonly kind: Kind;
  render(): string[];
}

/** The default buckets of a latency histogram, in seconds: 0.5 ms to 10 s. */
export const LATENCY_BUCKETS_SECONDS = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
] as const;

export class Registry {
  private readonly families = new Map<string, Family>();

  /** A counter that this code increments. */
  counter(name: string, help: string): Counter {
    const c = new Counter();
    this.add({ name, help, kind: "counter", render: () => lines(name, c.samples()) });
    return c;
  }

  /** A counter or gauge whose values are read at scrape time (a count kept elsewhere, a queue's length). */
  sampled(name: string, help: string, kind: "counter" | "gauge", sampler: Sampler): void {
    this.add({ name, help, kind, render: () => lines(name, sampler()) });
  }

  histogram(name: string, help: string, buckets: readonly number[] = LATENCY_BUCKETS_SECONDS): Histogram {
    const h = new Histogram(buckets);
    this.add({ name, help, kind: "histogram", render: () => h.render(name) });
    return h;
  }

  /** The exposition text: every family with its HELP and TYPE, then its samples. */
  render(): string {
    const out: string[] = [];
    for (const f of this.families.values()) {
      out.push(`# HELP ${f.name} ${f.help.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}`);
      out.push(`# TYPE ${f.name} ${f.kind}`);
      out.push(...f.render());
    }
    return `${out.join("\n")}\n`;
  }

  private add(f: Family): void {
    if (!/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(f.name)) throw new Error(`bad metric name "${f.name}"`);
    if (this.families.has(f.name)) throw new Error(`metric ${f.name} registered twice`);
    this.families.set(f.name, f);
  }
}

export class Counter {
  private readonly values = new Map<string, { labels: Labels; value: number }>();

  inc(labels: Labels = {}, by = 1): void {
    const key = keyOf(labels);
    const v = this.values.get(key);
    if (v === undefined) this.values.set(key, { labels, value: by });
    else v.value += by;
  }

  get(labels: Labels = {}): number {
    return this.values.get(keyOf(labels))?.value ?? 0;
  }

  *samples(): Iterable<readonly [Labels, number]> {
    for (const { labels, value } of this.values.values()) yield [labels, value];
  }
}

export class Histogram {
  private readonly series = new Map<
    string,
    { labels: Labels; counts: number[]; sum: number; count: number }
  >();

  constructor(private readonly buckets: readonly number[]) {}

  observe(labels: Labels, value: number): void {
    const key = keyOf(labels);
    let s = this.series.get(key);
    if (s === undefined) {
      s = { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 };
      this.series.set(key, s);
    }
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]!) s.counts[i]!++;
    s.sum += value;
    s.count++;
  }

  render(name: string): string[] {
    const out: string[] = [];
    for (const s of this.series.values()) {
      this.buckets.forEach((le, i) =>
        out.push(sample(`${name}_bucket`, { ...s.labels, le: String(le) }, s.counts[i]!)),
      );
      out.push(sample(`${name}_bucket`, { ...s.labels, le: "+Inf" }, s.count));
      out.push(sample(`${name}_sum`, s.labels, s.sum));
      out.push(sample(`${name}_count`, s.labels, s.count));
    }
    return out;
  }
}

function lines(name: string, samples: Iterable<readonly [Labels, number]>): string[] {
  return [...samples].map(([labels, value]) => sample(name, labels, value));
}

function sample(name: string, labels: Labels, value: number): string {
  const entries = Object.entries(labels);
  const text = entries.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(",");
  return `${name}${entries.length === 0 ? "" : `{${text}}`} ${formatValue(value)}`;
}

function escapeLabel(v: string): string {
  return v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  return String(v);
}

function keyOf(labels: Labels): string {
  return JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1)));
}
