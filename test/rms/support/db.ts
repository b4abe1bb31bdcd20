import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import { RmsStore, type StreamMessage } from "../../../adapters/rms/index.ts";

/** A fresh directory removed when the test ends. */
export function tempDir(prefix = "cad-rms-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A records database in a fresh temporary file, closed when the test ends. */
export function freshStore(agency: string, name = "records.sqlite"): RmsStore {
  const store = RmsStore.open(join(tempDir(), name), agency);
  onTestFinished(() => store.close());
  return store;
}

/** Applies messages in batches of the given sizes (cycled), as a consumer would receive them. */
export function applyAll(
  store: RmsStore,
  messages: readonly StreamMessage[],
  sizes: readonly number[] = [256],
): void {
  let k = 0;
  for (let i = 0; i < messages.length;) {
    const size = sizes[k++ % sizes.length] ?? 256;
    const result = store.applyBatch(messages.slice(i, i + size));
    if (result.gap !== null) throw new Error(`unexpected gap ${JSON.stringify(result.gap)}`);
    i += size;
  }
}
