/** A small reader over untrusted config objects that collects precise, path-named errors. */
export class ConfigReader {
  readonly errors: string[] = [];

  object(value: unknown, path: string): Record<string, unknown> {
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
    this.errors.push(`${path}: expected an object, got ${describe(value)}`);
    return {};
  }

  array(value: unknown, path: string): unknown[] {
    if (Array.isArray(value)) return value;
    this.errors.push(`${path}: expected a list, got ${describe(value)}`);
    return [];
  }

  string(value: unknown, path: string, fallback?: string): string {
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value === "string" && value.length > 0) return value;
    this.errors.push(`${path}: expected a non-empty string, got ${describe(value)}`);
    return "";
  }

  number(
    value: unknown,
    path: string,
    opts: { min?: number; max?: number; int?: boolean; fallback?: number },
  ): number {
    if (value === undefined && opts.fallback !== undefined) return opts.fallback;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      this.errors.push(`${path}: expected a number, got ${describe(value)}`);
      return 0;
    }
    if (opts.int === true && !Number.isInteger(value))
      this.errors.push(`${path}: expected a whole number, got ${value}`);
    if (opts.min !== undefined && value < opts.min)
      this.errors.push(`${path}: must be at least ${opts.min}, got ${value}`);
    if (opts.max !== undefined && value > opts.max)
      this.errors.push(`${path}: must be at most ${opts.max}, got ${value}`);
    return value;
  }

  boolean(value: unknown, path: string, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value === "boolean") return value;
    this.errors.push(`${path}: expected true or false, got ${describe(value)}`);
    return fallback;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[], fallback?: T): T {
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
    this.errors.push(`${path}: expected one of ${allowed.join(", ")}, got ${describe(value)}`);
    return allowed[0] as T;
  }

  strings(value: unknown, path: string): string[] {
    if (value === undefined) return [];
    return this.array(value, path).map((v, i) => this.string(v, `${path}[${i}]`));
  }

  /** Names, by path, every key of `o` that the schema does not know (a misspelt `dedupWindw:` is an error, not ignored). */
  onlyKeys(o: Record<string, unknown>, path: string, known: readonly string[]): void {
    for (const key of Object.keys(o)) {
      if (!known.includes(key)) {
        const at = path === "" ? key : `${path}.${key}`;
        this.errors.push(`${at}: unknown key (known here: ${known.join(", ")})`);
      }
    }
  }

  fail(message: string): void {
    this.errors.push(message);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "string" ? JSON.stringify(value) : typeof value;
}
