import type { EngineConfig } from "../config/types.ts";
import type { EngineEvent } from "../model/events.ts";
import { reject, type Rejection, type RejectionCode } from "../model/rejection.ts";
import type { EngineState } from "../model/state.ts";
import { evolve } from "../state/evolve.ts";
import { isValidLonLat } from "../geo/haversine.ts";

/** What a handler works with: the state, the config, the input's instant, and the events so far. */
export class Ctx {
  /**
   * The events so far. Most inputs emit one: the first makes an array of one (a shared, frozen
   * empty array until then), rather than growing an empty one to the engine's default capacity.
   */
  events: readonly EngineEvent[] = NO_EVENTS;

  constructor(
    readonly state: EngineState,
    readonly config: EngineConfig,
    readonly at: number,
    /** Whether recommendations are computed (see ApplyOptions). */
    readonly recommendations = true,
    /** The input's operator, put on every event it produces. */
    readonly operator?: string,
  ) {}

  /**
   * Records an event and applies it at once, so later decisions see its effect. The one place
   * where the input's operator joins its events, so no handler has to remember it.
   */
  emit(event: EngineEvent): void {
    const e = this.operator === undefined ? event : { ...event, operator: this.operator };
    evolve(this.state, this.config, e);
    if (this.events.length === 0) this.events = [e];
    else (this.events as EngineEvent[]).push(e);
  }
}

const NO_EVENTS: readonly EngineEvent[] = Object.freeze([]);

/** A handler returns a rejection before emitting anything, or undefined once it has emitted. */
export type Outcome = Rejection | undefined;

export const MAX_ID_LENGTH = 128;

/**
 * Whether `value` is an id FieldCheck.id accepts. The hottest handlers check their fields with
 * this and isText first and go through FieldCheck, which finds the words, only when one fails.
 */
export function isId(value: unknown): value is string {
  return typeof value === "string" && value !== "" && value.length <= MAX_ID_LENGTH;
}

/** Whether `value` is a text FieldCheck.string accepts when required, with at most `max` characters. */
export function isText(value: unknown, max: number): value is string {
  return typeof value === "string" && value !== "" && value.length <= max;
}

/** A field of T, by name: what FieldCheck reads and what its rejections name. */
export type FieldOf<T> = keyof T & string;

/**
 * Reads fields of an untrusted input. The first problem found is kept as the rejection;
 * later reads still return harmless defaults so a handler can check once at the end.
 * Field names are keys of the input's type, so a misspelt one does not compile; the values
 * are still checked at run time, since the input came off the wire.
 */
export class FieldCheck<T extends object> {
  rejection: Rejection | undefined;
  private readonly fields: Record<string, unknown>;

  constructor(input: T) {
    this.fields = input as unknown as Record<string, unknown>;
  }

  id(field: FieldOf<T>): string {
    return this.string(field, { max: MAX_ID_LENGTH });
  }

  string(field: FieldOf<T>, opts: { optional?: boolean; max?: number } = {}): string {
    const value = this.fields[field];
    if (value === undefined || value === null || value === "") {
      if (opts.optional !== true) this.fail("MISSING_FIELD", `${field} is required`, field);
      return "";
    }
    if (typeof value !== "string") return this.fail("INVALID_FIELD", `${field} must be text`, field, "");
    const max = opts.max ?? 4000;
    if (value.length > max)
      return this.fail("INVALID_FIELD", `${field} is longer than ${max} characters`, field, "");
    return value;
  }

  number(
    field: FieldOf<T>,
    opts: { optional?: boolean; int?: boolean; min?: number; max?: number } = {},
  ): number {
    const value = this.fields[field];
    if (value === undefined || value === null) {
      if (opts.optional !== true) this.fail("MISSING_FIELD", `${field} is required`, field);
      return Number.NaN;
    }
    if (typeof value !== "number" || !Number.isFinite(value)) {
      return this.fail("INVALID_FIELD", `${field} must be a finite number`, field, Number.NaN);
    }
    if (opts.int === true && !Number.isInteger(value)) {
      return this.fail("INVALID_FIELD", `${field} must be a whole number`, field, Number.NaN);
    }
    if ((opts.min !== undefined && value < opts.min) || (opts.max !== undefined && value > opts.max)) {
      return this.fail(
        "INVALID_FIELD",
        `${field} must be within ${opts.min ?? "-inf"}..${opts.max ?? "inf"}`,
        field,
        Number.NaN,
      );
    }
    return value;
  }

  strings(field: FieldOf<T>, maxItems: number): string[] {
    const value = this.fields[field];
    if (value === undefined || value === null) return [];
    if (
      !Array.isArray(value) ||
      value.length > maxItems ||
      value.some((v) => typeof v !== "string" || v.length > MAX_ID_LENGTH)
    ) {
      return this.fail(
        "INVALID_FIELD",
        `${field} must be a list of at most ${maxItems} short texts`,
        field,
        [],
      );
    }
    return [...(value as string[])];
  }

  /** Longitude and latitude in WGS84 degrees, of the input or of `from` (a part of it, such as a station). */
  lonLat<S extends object = T>(
    lonField: FieldOf<S>,
    latField: FieldOf<S>,
    from: S = this.fields as S,
  ): [number, number] {
    const lon = (from as Record<string, unknown>)[lonField];
    const lat = (from as Record<string, unknown>)[latField];
    if (lon === undefined || lon === null || lat === undefined || lat === null) {
      this.failAt(
        "MISSING_FIELD",
        `${lonField} and ${latField} are required`,
        lon == null ? lonField : latField,
      );
      return [Number.NaN, Number.NaN];
    }
    if (typeof lon !== "number" || typeof lat !== "number" || !isValidLonLat(lon, lat)) {
      this.failAt(
        "INVALID_COORDINATES",
        `${lonField}/${latField} out of range: ${JSON.stringify(lon)}, ${JSON.stringify(lat)}`,
        lonField,
      );
      return [Number.NaN, Number.NaN];
    }
    return [lon, lat];
  }

  fail<V>(code: RejectionCode, reason: string, field: FieldOf<T>, value?: V): V {
    return this.failAt(code, reason, field, value);
  }

  /** As fail, for a field of a part of the input (lonLat's `from`). */
  private failAt<V>(code: RejectionCode, reason: string, field: string, value?: V): V {
    this.rejection ??= reject(code, reason, field);
    return value as V;
  }
}
