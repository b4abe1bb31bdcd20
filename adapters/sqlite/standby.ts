import { jetstream, type ConsumerMessages } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { applyInput, createState, type EngineConfig, type EngineState } from "../../engine/index.ts";
import {
  connectNats,
  consumeFrom,
  type NatsAuth,
  logMessageOfJs,
  readLogEntry,
  ensureStreams,
  agencySubjects,
} from "../nats/index.ts";
import type { SnapshotHeader, SnapshotStore } from "./store.ts";

/** After a failed write, the next try waits this long, doubled at each failure in a row up to the most. */
const RETRY_FIRST_MS = 1000;
const RETRY_MOST_MS = 60_000;

export interface StandbyOptions {
  readonly agency: string;
  readonly servers: string;
  readonly config: EngineConfig;
  readonly store: SnapshotStore;
  readonly engineVersion: string;
  /** Write a snapshot after this many inputs... */
  readonly everyInputs: number;
  /** ...or when this long has passed since the last one and inputs have arrived. */
  readonly everyMs: number;
  readonly trustInputTime?: boolean;
  /** The engine role's credentials: the standby reads the input log as the engine does. */
  readonly auth?: NatsAuth;
  readonly log?: (line: string) => void;
  readonly now?: () => number;
}

/**
 * The standby: a second engine instance on the same input log (a hot standby) that writes
 * snapshots, so the serving engine never stops to serialise (`cad serve --data-dir` runs it in a
 * worker thread: standby-thread.ts). It starts from the newest valid snapshot, applies
 * every input exactly as the service does, and snapshots every N inputs or T milliseconds.
 */
export class StandbySnapshotter {
  lastSeq = 0;
  written: SnapshotHeader[] = [];
  private sinceSnapshot = 0;
  private lastWriteAt: number;
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> = Promise.resolve();
  private stopping = false;
  /** Writes failed in a row (a disk fault), and when the next may be tried. */
  private failures = 0;
  private retryAt = 0;

  private constructor(
    private readonly opts: StandbyOptions,
    private readonly nc: NatsConnection,
    private state: EngineState,
  ) {
    this.lastWriteAt = this.clock();
  }

  static async start(opts: StandbyOptions): Promise<StandbySnapshotter> {
    const nc = await connectNats(opts.servers, `cad-snapshotter-${opts.agency}`, opts.auth);
    // Under credentials the streams are admin's to create (the engine checked they exist).
    if (opts.auth?.credsFile === undefined) await ensureStreams(nc, agencySubjects(opts.agency));
    const restored = opts.store.latestValid(opts.agency, (line) =>
      opts.log?.(`cad-snapshotter ${opts.agency}: ${line}`),
    );
    const s = new StandbySnapshotter(opts, nc, restored?.state ?? createState());
    s.lastSeq = restored?.header.lastInputSeq ?? 0;
    s.loop = s
      .run()
      .catch((error: unknown) => opts.log?.(`cad-snapshotter ${opts.agency}: stopped: ${String(error)}`));
    return s;
  }

  /** Stops following the log, writes a last snapshot if anything changed, and closes. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.messages?.close();
    await this.loop;
    if (this.sinceSnapshot > 0) this.snapshot(true);
    await this.nc.drain().catch(() => undefined);
  }

  private async run(): Promise<void> {
    const stream = agencySubjects(this.opts.agency).inputStream;
    this.messages = await consumeFrom(jetstream(this.nc), stream, this.lastSeq + 1);
    // A stop asked for while the consumer was being made found nothing to close: close it here
    // (not awaited: the close completes as the loop below reads the end).
    if (this.stopping) void this.messages.close();
    for await (const m of this.messages) {
      if (this.stopping) break;
      const entry = readLogEntry(
        logMessageOfJs(m),
        this.opts.agency,
        this.opts.trustInputTime === true,
        this.state.now,
        this.opts.config.inputTime.maxAheadSeconds * 1000,
      );
      if (entry.decoded?.ok === true) {
        try {
          // A standby publishes nothing: the state is all it needs.
          applyInput(this.state, this.opts.config, entry.decoded.input, { recommendations: false });
        } catch {
          // The service reports engine faults; the standby skips the same input the same way.
        }
      }
      this.lastSeq = entry.seq;
      this.sinceSnapshot++;
      const due =
        this.sinceSnapshot >= this.opts.everyInputs || this.clock() - this.lastWriteAt >= this.opts.everyMs;
      if (due && (m.info.pending === 0 || this.sinceSnapshot >= this.opts.everyInputs)) this.snapshot();
    }
  }

  /**
   * Writes a snapshot. A write that fails (disk full, a read-only file or folder) is said in one
   * line and tried again after a backoff (1 s, doubling to 60 s), while the standby follows the log
   * on; the first write that succeeds again says so. `now`: at a stop, try whatever the backoff.
   */
  private snapshot(now = false): void {
    if (!now && this.clock() < this.retryAt) return;
    const started = performance.now();
    let header: SnapshotHeader;
    try {
      header = this.opts.store.write(
        this.opts.agency,
        this.opts.engineVersion,
        this.lastSeq,
        this.state,
        this.clock(),
      );
    } catch (error) {
      this.failed(error as Error);
      return;
    }
    if (this.failures > 0)
      this.opts.log?.(
        `cad-snapshotter ${this.opts.agency}: snapshots are written again, after ${this.failures} failed ${this.failures === 1 ? "try" : "tries"}`,
      );
    this.failures = 0;
    this.retryAt = 0;
    this.written.push(header);
    this.sinceSnapshot = 0;
    this.lastWriteAt = this.clock();
    const wroteMs = performance.now() - started;
    this.continueFromSnapshot(header);
    this.opts.log?.(
      `cad-snapshotter ${this.opts.agency}: snapshot ${header.id} at input ${header.lastInputSeq}, ${(header.byteLength / 1e6).toFixed(1)} MB in ${wroteMs.toFixed(0)} ms (then read back in ${(performance.now() - started - wroteMs).toFixed(0)} ms)`,
    );
  }

  private failed(error: Error): void {
    this.failures++;
    const waitMs = Math.min(RETRY_MOST_MS, RETRY_FIRST_MS * 2 ** (this.failures - 1));
    this.retryAt = this.clock() + waitMs;
    this.opts.log?.(
      `cad-snapshotter ${this.opts.agency}: could not write a snapshot at input ${this.lastSeq} (${error.message}); failure ${this.failures} in a row, next try in ${waitMs / 1000} s`,
    );
  }

  /**
   * Goes on from the snapshot just written, read back: the same state, but with cleared and closed
   * incidents as the compressed blocks the snapshot holds, so the next snapshot stores those blocks
   * as they are instead of encoding and compressing every closed incident again (and the standby
   * holds a fraction of the memory). Should it not read back, the standby keeps its own state.
   */
  private continueFromSnapshot(header: SnapshotHeader): void {
    try {
      this.state = this.opts.store.read(header.id).state;
    } catch (error) {
      this.opts.log?.(
        `cad-snapshotter ${this.opts.agency}: snapshot ${header.id} does not read back (${(error as Error).message}); going on from the state in memory`,
      );
    }
  }

  private clock(): number {
    return (this.opts.now ?? Date.now)();
  }
}
