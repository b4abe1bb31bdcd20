import { createHash, randomBytes } from "node:crypto";
import {
  JetStreamApiCodes,
  JetStreamApiError,
  type JetStreamClient,
  type JetStreamManager,
} from "@nats-io/jetstream";
import { headers, type NatsConnection, type Subscription } from "@nats-io/transport-node";
import type { EngineState } from "../../engine/index.ts";
import { decodeInput, encodeInput, inputSubject, TIMED_TOKEN } from "./codec/index.ts";
import { TIME_HEADER, type AgencySubjects } from "./subjects.ts";

/**
 * Which replica of an agency's engine leads, and when to claim the lead.
 *
 * Leadership is an input of the log: a replica claims with `ClaimLeadership {term, replica}`, the
 * engine accepts a claim only for the next term, and every replica learns who leads from the same
 * total order (state.leadership). Outputs of input N are published by the replica that leads after
 * applying N, so a deposed leader, which reads the log in order, never publishes an output of an
 * input that follows the claim that deposed it. Nothing here rests on a conditional publish (not
 * atomic on a replicated stream in nats-server 2.9.10): heartbeats and timers only say when to claim.
 *
 * Heartbeats (core NATS, `cad.<a>.ha.beat`, every HEARTBEAT_MS from every replica) say who is alive,
 * caught up and leading, and how far the leader's outputs are stored (publishedUpTo): a follower
 * holds the outputs of later inputs, so that a takeover publishes what the event stream lacks.
 */

/** How often every replica says it is alive. */
export const HEARTBEAT_MS = 250;
/** A follower claims when the leader of the term in force has not been heard for this long. */
export const CLAIM_AFTER_MS = 750;
/** A live peer is one heard within this long. */
const PEER_LIVE_MS = 1500;
/**
 * A caught-up replica that the agency prefers (rendezvous hashing over the live replicas) claims
 * from a live leader it does not prefer after this long, so that several processes share the lead.
 */
export const PREFER_AFTER_MS = 5000;
/** A replica claims to spread the lead only when at most this many inputs behind the log. */
const MAX_LAG_TO_PREFER = 100;
/** A claim not seen in the log after this long is made again. */
const CLAIM_TIMEOUT_MS = 5000;
/** A timer that fires this late means the process was paused (SIGSTOP, a long stall): check the lead. */
const PAUSE_SUSPECT_MS = 750;
const TICK_MS = 100;

/** A heartbeat, as published on `cad.<a>.ha.beat` (JSON). */
export interface Heartbeat {
  readonly replica: string;
  /** A random token per process: two processes of one replica name are told apart. */
  readonly instance: string;
  readonly term: number;
  readonly leading: boolean;
  readonly appliedSeq: number;
  /** The leader's: every output of inputs up to this one is stored. */
  readonly publishedUpTo: number;
  readonly caughtUp: boolean;
}

interface Peer extends Heartbeat {
  heardAt: number;
}

/** What leadership needs of the service. */
export interface LeadershipHost {
  readonly s: AgencySubjects;
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly state: EngineState;
  /**
   * The service takes input time from Cad-Time (simulations, replays): a claim then carries the
   * engine's own time on the timed subject, so that it does not move the clock to the wall's.
   */
  readonly trustsInputTime: boolean;
  /** The last input applied. */
  lastSeq(): number;
  /** Every input that was in the log at start-up is applied. */
  caughtUp(): boolean;
  /** Inputs in the log not applied yet, as last seen. */
  lag(): number;
  /** False when this replica could not publish what a takeover needs (it held too little). */
  canLead(): boolean;
  /** This replica's own publication watermark (as leader). */
  publishedUpTo(): number;
  log(line: string): void;
}

/** Replica names: one NATS subject token, as unit ids. */
export const REPLICA_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export class Leadership {
  readonly instance = randomBytes(6).toString("hex");
  /** The ids of the claims this process made: it leads when the claim in force is one of them. */
  private readonly claims = new Set<string>();
  private readonly peers = new Map<string, Peer>();
  /** The highest publishedUpTo a leader has said: outputs of inputs up to it are stored. */
  knownPublishedUpTo = 0;
  private leaderHeardAt: number;
  private leaderSeenTerm = -1;
  private pending: { id: string; term: number; at: number } | undefined;
  private preferredSince: number | undefined;
  private beatsAt = 0;
  private lastTickAt = performance.now();
  private timer: NodeJS.Timeout | undefined;
  private sub: Subscription | undefined;
  /** A check of the log that the claim in force is still ours, after a pause or a reconnect. */
  private checking: Promise<boolean> | undefined;
  /** A later claim is in the log (found by a check): give up outputs until the loop reaches it. */
  private fenced = false;
  private stopped = false;

  constructor(
    readonly name: string,
    private readonly host: LeadershipHost,
  ) {
    if (!REPLICA_NAME.test(name)) throw new Error(`replica name "${name}": use 1-64 letters, digits, _ or -`);
    this.leaderHeardAt = performance.now();
  }

  start(): void {
    this.sub = this.host.nc.subscribe(this.host.s.haBeat, {
      callback: (error, msg) => {
        if (error !== null) return;
        this.heard(msg.data);
      },
    });
    this.timer = setInterval(() => this.tick(), TICK_MS);
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.sub?.unsubscribe();
  }

  /** A later claim is in the log: nothing is published until the loop reaches it. */
  get isFenced(): boolean {
    return this.fenced;
  }

  /** Whether the claim in force (the log's, as applied) is one this process made. */
  leads(): boolean {
    const claimId = this.host.state.leadership.claimId;
    return claimId !== "" && this.claims.has(claimId);
  }

  /**
   * Whether an output may go out now: true at once while the lead is ours and unquestioned; after
   * a pause or a reconnect, once the log shows no later claim; false once it shows one (the new
   * leader publishes what this replica gave up).
   */
  gate(): true | Promise<boolean> | false {
    if (this.fenced || !this.leads()) return false;
    // After a pause the network's callbacks can run before the timers: the tick is overdue, so
    // this output waits for the check like the rest.
    const overdue = performance.now() - this.lastTickAt - TICK_MS;
    if (overdue > PAUSE_SUSPECT_MS) this.check(`paused for ${overdue.toFixed(0)} ms`);
    return this.checking ?? true;
  }

  /** The connection came back: while leading, make sure nobody claimed meanwhile before publishing again. */
  reconnected(): void {
    if (this.leads()) this.check("the connection came back");
  }

  /** The loop applied a change of leadership: a new term restarts the clock of who is heard. */
  applied(): void {
    const { term } = this.host.state.leadership;
    if (term !== this.leaderSeenTerm) {
      this.leaderSeenTerm = term;
      this.leaderHeardAt = performance.now();
      this.fenced = false;
    }
    if (this.pending !== undefined && term >= this.pending.term) this.pending = undefined;
  }

  private heard(data: Uint8Array): void {
    let beat: Heartbeat;
    try {
      beat = JSON.parse(new TextDecoder().decode(data)) as Heartbeat;
    } catch {
      return;
    }
    if (typeof beat.replica !== "string" || beat.instance === this.instance) return;
    const now = performance.now();
    this.peers.set(`${beat.replica}/${beat.instance}`, { ...beat, heardAt: now });
    if (beat.leading && typeof beat.publishedUpTo === "number")
      this.knownPublishedUpTo = Math.max(this.knownPublishedUpTo, beat.publishedUpTo);
    // The leader of the term in force, or of a later one this replica has not applied yet, is alive.
    const { term, replica } = this.host.state.leadership;
    if (beat.leading && (beat.term > term || (beat.term === term && beat.replica === replica)))
      this.leaderHeardAt = now;
  }

  private tick(): void {
    if (this.stopped) return;
    const now = performance.now();
    const late = now - this.lastTickAt - TICK_MS;
    this.lastTickAt = now;
    // Paused or stalled past the point where a follower may have claimed: ask the log first.
    if (late > PAUSE_SUSPECT_MS && this.leads()) this.check(`paused for ${late.toFixed(0)} ms`);
    if (now - this.beatsAt >= HEARTBEAT_MS && this.checking === undefined && !this.fenced) {
      this.beatsAt = now;
      this.beat();
    }
    for (const [key, peer] of this.peers) if (now - peer.heardAt > 10 * PEER_LIVE_MS) this.peers.delete(key);
    if (!this.leads()) this.maybeClaim(now);
  }

  private beat(): void {
    const beat: Heartbeat = {
      replica: this.name,
      instance: this.instance,
      term: this.host.state.leadership.term,
      leading: this.leads(),
      appliedSeq: this.host.lastSeq(),
      publishedUpTo: this.leads() ? this.host.publishedUpTo() : this.knownPublishedUpTo,
      caughtUp: this.host.caughtUp(),
    };
    try {
      this.host.nc.publish(this.host.s.haBeat, JSON.stringify(beat));
    } catch {
      // Disconnected: the beats resume with the connection.
    }
  }

  private maybeClaim(now: number): void {
    if (!this.host.caughtUp() || !this.host.canLead()) return;
    if (this.pending !== undefined) {
      if (now - this.pending.at < CLAIM_TIMEOUT_MS) return;
      this.pending = undefined;
    }
    const { term, replica } = this.host.state.leadership;
    const silent = now - this.leaderHeardAt >= CLAIM_AFTER_MS;
    if (silent) {
      this.claim(
        term + 1,
        term === 0
          ? "no replica leads yet"
          : `leader ${replica} (term ${term}) not heard for ${(now - this.leaderHeardAt).toFixed(0)} ms`,
      );
      return;
    }
    // The leader is alive: claim only to spread the lead, when the agency prefers this replica and
    // it is level with the log (the lead passes at the claim: a lagging claimer would hold it up).
    const preferred = this.preferred(now);
    if (
      preferred !== this.name ||
      replica === this.name ||
      this.livePeer(replica, now) === undefined ||
      this.host.lag() > MAX_LAG_TO_PREFER
    ) {
      this.preferredSince = undefined;
      return;
    }
    this.preferredSince ??= now;
    if (now - this.preferredSince >= PREFER_AFTER_MS) {
      this.preferredSince = undefined;
      this.claim(term + 1, `the agency prefers this replica to ${replica}`);
    }
  }

  /** The live, caught-up replica name the agency prefers (highest rendezvous score). */
  private preferred(now: number): string | undefined {
    const live = [...this.peers.values()].filter((p) => now - p.heardAt <= PEER_LIVE_MS && p.caughtUp);
    return preferredReplica(this.host.s.agency, [this.name, ...live.map((p) => p.replica)]);
  }

  private livePeer(name: string, now: number): Peer | undefined {
    for (const peer of this.peers.values())
      if (peer.replica === name && now - peer.heardAt <= PEER_LIVE_MS) return peer;
    return undefined;
  }

  private claim(term: number, why: string): void {
    const { s } = this.host;
    const id = `claim:${s.agency}:${term}:${this.name}:${this.instance}`;
    this.claims.add(id);
    this.pending = { id, term, at: performance.now() };
    const body = { kind: "ClaimLeadership", term, replica: this.name } as const;
    const timed = this.host.trustsInputTime;
    const h = headers();
    if (timed) h.set(TIME_HEADER, String(Math.max(1, this.host.state.now)));
    this.host.log(`claiming the lead for term ${term} (${why})`);
    this.host.js
      .publish(inputSubject(s.agency, body, { timed }), encodeInput(body), {
        msgID: id,
        headers: h,
        timeout: 5000,
      })
      .catch((error: unknown) => {
        this.host.log(
          `the claim for term ${term} was not stored (${(error as Error).message}); claiming again later`,
        );
        if (this.pending?.id === id) this.pending = undefined;
      });
  }

  /** Asks the log for its latest claim: publishing waits meanwhile, and stops if it is not ours. */
  private check(why: string): void {
    if (this.checking !== undefined) return;
    this.host.log(`${why}: checking the log for a later claim before publishing again`);
    this.checking = (async () => {
      for (let attempt = 0; !this.stopped; attempt++) {
        try {
          const m = await this.latestClaim();
          if (m !== null && this.deposedBy(m.seq, m.data)) {
            // Fenced only while the lead is ours as applied. When the loop applied the later claim
            // during the check (applied() ran), the lead is not ours and nothing goes out anyway;
            // a fence set then outlived the change of term and silenced this replica's heartbeats
            // until the next one (3 processes of 20 agencies on 2 cores: a replica gone for good).
            if (this.leads()) this.fenced = true;
            this.host.log(`a later claim is in the log at input ${m.seq}: publishing nothing more`);
            return false;
          }
          this.host.log("no later claim in the log: publishing again");
          return !this.fenced;
        } catch (error) {
          if (attempt === 0)
            this.host.log(`cannot check the log yet (${(error as Error).message}); retrying`);
          await new Promise((r) => setTimeout(r, 250));
        }
      }
      return false;
    })().finally(() => (this.checking = undefined));
  }
  /** The log's latest claim, on the plain or the timed subject (null when there is none). */
  private async latestClaim(): Promise<{ seq: number; data: Uint8Array } | null> {
    const { jsm, s } = this.host;
    let latest: { seq: number; data: Uint8Array } | null = null;
    for (const subject of [s.claimSubject, s.claimSubject.replace(".in.", `.in.${TIMED_TOKEN}.`)]) {
      try {
        const m = await jsm.streams.getMessage(s.inputStream, { last_by_subj: subject });
        if (m !== null && (latest === null || m.seq > latest.seq)) latest = { seq: m.seq, data: m.data };
      } catch (error) {
        if (!isMessageNotFound(error)) throw error;
      }
    }
    return latest;
  }

  /**
   * Whether the log's latest claim (sequence, body) deposes this replica: one applied already
   * deposed it if the lead is not ours now; one not applied yet does if it claims a later term
   * than the one in force (a claim is made for the term after the claimer's, so a term beyond ours
   * means a claim for the next term exists, accepted when the loop reaches it).
   */
  private deposedBy(seq: number, data: Uint8Array): boolean {
    if (seq <= this.host.lastSeq()) return !this.leads();
    const decoded = decodeInput("ClaimLeadership", data, "", 0);
    if (!decoded.ok || decoded.input.kind !== "ClaimLeadership") return false;
    return decoded.input.term > this.host.state.leadership.term;
  }
}

/** The replica an agency prefers among these names (rendezvous hashing): the lead moves to it. */
export function preferredReplica(agency: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const name of names) {
    const sc = score(agency, name);
    if (sc > bestScore || (sc === bestScore && best !== undefined && name > best))
      [best, bestScore] = [name, sc];
  }
  return best;
}

/** The rendezvous score of a replica for an agency: every replica computes the same. */
function score(agency: string, replica: string): number {
  return createHash("sha256").update(`${agency}/${replica}`).digest().readUInt32BE(0);
}

function isMessageNotFound(error: unknown): boolean {
  return error instanceof JetStreamApiError && error.code === JetStreamApiCodes.NoMessageFound;
}
