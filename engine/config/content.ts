import { ZoneIndex } from "../geo/zones.ts";
import type { ConfigResult } from "./validate.ts";
import { parseConfig } from "./validate.ts";

/**
 * A configuration as the log records it, so replay needs no file: the parsed document (the YAML
 * as data, its `zones: {file, nameProperty}` included) and the GeoJSON that `zones.file` named.
 */
export interface ConfigurationContent {
  readonly document: unknown;
  readonly zonesGeoJSON: unknown;
}

/** The canonical text of a configuration (what its hash is taken over). */
export function configurationText(content: ConfigurationContent): string {
  return JSON.stringify({ document: content.document, zonesGeoJSON: content.zonesGeoJSON ?? null });
}

/** Validates a configuration's text (configurationText) and builds it; every problem is named. */
export function buildConfiguration(text: string): ConfigResult {
  let content: Partial<ConfigurationContent>;
  try {
    content = JSON.parse(text) as Partial<ConfigurationContent>;
  } catch (error) {
    return { ok: false, errors: [`content: not JSON: ${(error as Error).message}`] };
  }
  if (typeof content !== "object" || content === null || !("document" in content))
    return { ok: false, errors: ["content: expected {document, zonesGeoJSON}"] };
  const zones = (content.document as { zones?: unknown } | null)?.zones;
  let index: ZoneIndex | null = null;
  if (zones !== undefined && zones !== null) {
    const nameProperty = (zones as { nameProperty?: unknown }).nameProperty;
    if (typeof nameProperty !== "string") return { ok: false, errors: ["zones.nameProperty: expected text"] };
    try {
      index = ZoneIndex.fromGeoJSON(content.zonesGeoJSON, nameProperty);
    } catch (error) {
      return { ok: false, errors: [`zonesGeoJSON: ${(error as Error).message}`] };
    }
  }
  return parseConfig(content.document, { zones: index });
}
