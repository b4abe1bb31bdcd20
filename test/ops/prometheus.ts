/**
 * A strict parser of the Prometheus text exposition format 0.0.4, for tests: it throws on any
 * line a Prometheus server would refuse (or that breaks the format's rules: a sample before its
 * family's TYPE, a family declared twice, a series repeated, histogram buckets that are not
 * cumulative or do not end in +Inf equal to _count).
 */
export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export interface Exposition {
  readonly types: ReadonlyMap<string, string>;
  readonly samples: readonly Sample[];
  /** The value of the one sample of `name` whose labels include `labels`; undefined when none. */
  value(name: string, labels?: Readonly<Record<string, string>>): number | undefined;
  /** Every sample of `name` whose labels include `labels`. */
  all(name: string, labels?: Readonly<Record<string, string>>): Sample[];
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set(["counter", "gauge", "histogram", "summary", "untyped"]);

export function parsePrometheus(text: string): Exposition {
  if (!text.endsWith("\n")) throw new Error("the exposition must end with a line feed");
  const types = new Map<string, string>();
  const helps = new Set<string>();
  const samples: Sample[] = [];
  const seen = new Set<string>();
  text
    .slice(0, -1)
    .split("\n")
    .forEach((line, i) => {
      const where = `line ${i + 1} "${line}"`;
      if (line.startsWith("#")) return comment(line, where, types, helps, samples);
      if (line.trim() === "") throw new Error(`${where}: empty line`);
      const sample = sampleOf(line, where);
      const family = familyOf(sample.name, types);
      if (family === undefined) throw new Error(`${where}: no TYPE before the sample`);
      const key = `${sample.name}${JSON.stringify(Object.entries(sample.labels).sort())}`;
      if (seen.has(key)) throw new Error(`${where}: the series appears twice`);
      seen.add(key);
      if (types.get(family) === "counter" && !(sample.value >= 0)) throw new Error(`${where}: a counter < 0`);
      samples.push(sample);
    });
  checkHistograms(types, samples);
  const matches = (name: string, labels: Readonly<Record<string, string>> = {}) =>
    samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  return {
    types,
    samples,
    all: matches,
    value(name, labels) {
      const found = matches(name, labels);
      if (found.length > 1)
        throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
      return found[0]?.value;
    },
  };
}

function comment(
  line: string,
  where: string,
  types: Map<string, string>,
  helps: Set<string>,
  samples: Sample[],
) {
  const m = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
  if (m === null) return; // Any other comment is allowed.
  const [, kind, name = "", rest = ""] = m;
  if (!NAME.test(name)) throw new Error(`${where}: bad metric name`);
  if (kind === "HELP") {
    if (helps.has(name)) throw new Error(`${where}: HELP twice`);
    helps.add(name);
    return;
  }
  if (!TYPES.has(rest)) throw new Error(`${where}: unknown type "${rest}"`);
  if (types.has(name)) throw new Error(`${where}: TYPE twice`);
  if (samples.some((s) => familyOf(s.name, new Map([[name, rest]])) === name))
    throw new Error(`${where}: TYPE after its samples`);
  types.set(name, rest);
}

function sampleOf(line: string, where: string): Sample {
  const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)( -?\d+)?$/.exec(line);
  if (m === null) throw new Error(`${where}: not a sample`);
  const [, name = "", , body, valueText = ""] = m;
  return { name, labels: body === undefined ? {} : labelsOf(body, where), value: valueOf(valueText, where) };
}

function labelsOf(body: string, where: string): Record<string, string> {
  const labels: Record<string, string> = {};
  let rest = body;
  while (rest !== "") {
    const m = /^([^=]+)="((?:[^"\\\n]|\\[\\"n])*)"(,?)/.exec(rest);
    if (m === null) throw new Error(`${where}: bad labels at "${rest}"`);
    const [all, name = "", raw = "", comma] = m;
    if (!LABEL_NAME.test(name) || name.startsWith("__"))
      throw new Error(`${where}: bad label name "${name}"`);
    if (name in labels) throw new Error(`${where}: label ${name} twice`);
    labels[name] = raw.replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c));
    rest = rest.slice(all.length);
    if (comma === "" && rest !== "") throw new Error(`${where}: labels not separated by commas`);
  }
  return labels;
}

function valueOf(text: string, where: string): number {
  if (text === "+Inf") return Infinity;
  if (text === "-Inf") return -Infinity;
  if (text === "NaN") return NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new Error(`${where}: bad value "${text}"`);
  return Number(text);
}

function familyOf(name: string, types: ReadonlyMap<string, string>): string | undefined {
  if (types.has(name)) return name;
  for (const suffix of ["_bucket", "_sum", "_count"])
    if (name.endsWith(suffix)) {
      const base = name.slice(0, -suffix.length);
      if (types.get(base) === "histogram" || (suffix !== "_bucket" && types.get(base) === "summary"))
        return base;
    }
  return undefined;
}

function checkHistograms(types: ReadonlyMap<string, string>, samples: readonly Sample[]): void {
  for (const [name, type] of types) {
    if (type !== "histogram") continue;
    const series = new Map<string, Sample[]>();
    for (const s of samples.filter((x) => x.name === `${name}_bucket`)) {
      if (s.labels["le"] === undefined) throw new Error(`${name}_bucket without le`);
      const rest = Object.fromEntries(Object.entries(s.labels).filter(([k]) => k !== "le"));
      const key = JSON.stringify(Object.entries(rest).sort());
      series.set(key, [...(series.get(key) ?? []), s]);
    }
    for (const [key, buckets] of series) {
      const les = buckets.map((b) => valueOf(b.labels["le"] ?? "", `${name} le`));
      for (let i = 1; i < buckets.length; i++)
        if (!(les[i]! > les[i - 1]!) || buckets[i]!.value < buckets[i - 1]!.value)
          throw new Error(`${name} ${key}: buckets not increasing and cumulative`);
      if (les.at(-1) !== Infinity) throw new Error(`${name} ${key}: no +Inf bucket`);
      const count = samples.find(
        (s) => s.name === `${name}_count` && JSON.stringify(Object.entries(s.labels).sort()) === key,
      );
      if (count?.value !== buckets.at(-1)?.value)
        throw new Error(`${name} ${key}: +Inf bucket differs from _count`);
    }
  }
}
