/// <reference lib="dom" />
import type { ConsoleModel } from "./model.ts";
import { commandId } from "./page-login.ts";
import type { CommandReply, ConsoleCommand, StreamMessages, WireOutput } from "./protocol.ts";

/** `unknown`: its outputs were missed (the page reloaded the state after it); the state shows its effect. */
export type CommandState = "sending" | "sent" | "applied" | "rejected" | "failed" | "unknown";

/** A command this page sent, and what became of it: its fate is read from the engine's outputs. */
export interface TrackedCommand {
  readonly id: string;
  readonly input: ConsoleCommand;
  state: CommandState;
  /** The input's sequence in the log, once JetStream has it. */
  seq: number | null;
  /** What the engine said (a rejection's code and reason), or why it never reached the log. */
  text: string;
}

export type LinkState = "connecting" | "live" | "down";

const MAX_COMMANDS = 100;
const MAX_RESULTS = 2000;

/**
 * The page's link to its gateway: the event stream (a snapshot, then outputs) applied to the
 * model, and commands posted to the log and followed until the engine answers them.
 */
export class Link {
  state: LinkState = "connecting";
  problem: string | null = null;
  readonly commands: TrackedCommand[] = [];
  /** Outcome by input sequence, for commands whose outputs arrive before their POST returns. */
  private readonly results = new Map<number, { rejected: boolean; text: string }>();
  private clockSamples: { now: number; wall: number }[] = [];
  /** Called when one of this page's commands is refused by the engine or never reaches the log. */
  onRefused: (command: TrackedCommand) => void = () => undefined;
  /** Called when the console says the session is over (expired, logged out elsewhere): the page shows the login form. */
  onSignedOut: (code: string) => void = () => undefined;
  private source: EventSource | null = null;

  constructor(
    private readonly model: ConsoleModel,
    private readonly changed: (what: "model" | "link" | "commands", outputs?: readonly WireOutput[]) => void,
  ) {}

  connect(): void {
    const source = new EventSource("/api/events");
    this.source = source;
    const on = <K extends keyof StreamMessages>(name: K, f: (data: StreamMessages[K]) => void) =>
      source.addEventListener(name, (e) =>
        f(JSON.parse((e as MessageEvent<string>).data) as StreamMessages[K]),
      );
    on("snapshot", (m) => {
      this.model.load(m.state);
      for (const c of this.commands)
        if (c.state === "sent" && c.seq !== null && c.seq <= m.state.lastInputSeq) {
          c.state = "unknown";
          c.text = "outcome not seen: the state was reloaded after it";
        }
      this.setLink("live", null);
      this.changed("model");
    });
    on("outputs", (outputs) => {
      const applied = outputs.filter((o) => this.model.apply(o));
      this.settle(applied);
      if (applied.length > 0) this.changed("model", applied);
    });
    on("clock", (m) => {
      this.model.clock(m.now);
      this.clockSamples = [...this.clockSamples.slice(-4), { now: m.now, wall: performance.now() }];
      if (this.problem !== null) this.setLink("live", null);
    });
    on("problem", (m) => this.setLink(this.model.loaded ? "live" : "connecting", m.message));
    source.onerror = () => {
      this.setLink("down", "console server unreachable; reconnecting");
      // An event stream cannot read its status: ask whether the session is still there.
      void fetch("/api/session").then(
        (r) => this.checkSession(r),
        () => undefined,
      );
    };
  }

  /** A 401 from the console: the session is over; the stream stops and the page asks for a login. */
  async checkSession(response: Response): Promise<void> {
    if (response.status !== 401) return;
    const body = (await response.json().catch(() => ({}))) as { code?: string };
    this.source?.close();
    this.source = null;
    this.onSignedOut(body.code ?? "NO_SESSION");
  }

  /** The engine's time now, estimated between clock readings at the rate it has been moving. */
  engineNow(): number {
    const samples = this.clockSamples;
    const last = samples[samples.length - 1];
    const first = samples[0];
    if (last === undefined || first === undefined || last === first) return this.model.now;
    const rate = Math.min(10_000, Math.max(0, (last.now - first.now) / (last.wall - first.wall)));
    const sinceMs = Math.min(3000, performance.now() - last.wall);
    return Math.max(this.model.now, last.now + sinceMs * rate);
  }

  /** Simulated seconds per real second, from the clock readings (1 for a live centre). */
  rate(): number | null {
    const first = this.clockSamples[0];
    const last = this.clockSamples[this.clockSamples.length - 1];
    if (first === undefined || last === undefined || last.wall - first.wall < 3500) return null;
    return (last.now - first.now) / (last.wall - first.wall);
  }

  /**
   * Posts a command to the log and returns it at once, to be followed: its state moves as the
   * gateway and then the engine answer. The page changes only when the engine's outputs arrive.
   */
  send(input: ConsoleCommand): TrackedCommand {
    const command = this.track(input);
    void this.post(command);
    return command;
  }

  /** Sends, and resolves once the console has answered the post (sent, failed or refused). */
  async sendPosted(input: ConsoleCommand): Promise<TrackedCommand> {
    const command = this.track(input);
    await this.post(command);
    return command;
  }

  private track(input: ConsoleCommand): TrackedCommand {
    const command: TrackedCommand = { id: commandId(), input, state: "sending", seq: null, text: "" };
    this.commands.push(command);
    if (this.commands.length > MAX_COMMANDS) this.commands.splice(0, this.commands.length - MAX_COMMANDS);
    this.changed("commands");
    return command;
  }

  private async post(command: TrackedCommand): Promise<void> {
    const { input } = command;
    try {
      const response = await fetch("/api/commands", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ id: command.id, input }),
      });
      if (response.status === 401) await this.checkSession(response.clone());
      const reply = (await response.json()) as CommandReply;
      if (reply.ok) {
        command.seq = reply.seq;
        command.state = "sent";
        const known = this.results.get(reply.seq);
        if (known !== undefined) this.resolve(command, known);
      } else {
        command.state = "failed";
        command.text = `${reply.code}: ${reply.reason}`;
        this.onRefused(command);
      }
    } catch (error) {
      command.state = "failed";
      command.text = `not sent: ${(error as Error).message}`;
      this.onRefused(command);
    }
    this.changed("commands");
  }

  /** A query through the gateway; throws when the gateway or the engine could not answer. */
  async query<T>(path: string): Promise<T> {
    const response = await fetch(path);
    if (response.status === 401) await this.checkSession(response.clone());
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** Whether a command of this kind about this incident is on its way (sent, no outcome yet). */
  inFlight(kind: ConsoleCommand["kind"], incidentId: string): boolean {
    return this.commands.some(
      (c) =>
        c.input.kind === kind &&
        "incidentId" in c.input &&
        c.input.incidentId === incidentId &&
        (c.state === "sending" || c.state === "sent"),
    );
  }

  private settle(outputs: readonly WireOutput[]): void {
    let touched = false;
    for (const o of outputs) {
      const result =
        "rejected" in o
          ? { rejected: true, text: `${o.rejected.code}: ${o.rejected.reason}` }
          : { rejected: false, text: "" };
      if (!this.results.has(o.inputSeq)) this.results.set(o.inputSeq, result);
      const command = this.commands.find((c) => c.seq === o.inputSeq && c.state === "sent");
      if (command !== undefined) {
        this.resolve(command, result);
        touched = true;
      }
    }
    if (this.results.size > MAX_RESULTS) {
      const drop = [...this.results.keys()].slice(0, this.results.size - MAX_RESULTS);
      for (const k of drop) this.results.delete(k);
    }
    if (touched) this.changed("commands");
  }

  private resolve(command: TrackedCommand, result: { rejected: boolean; text: string }): void {
    command.state = result.rejected ? "rejected" : "applied";
    command.text = result.text;
    if (result.rejected) this.onRefused(command);
  }

  private setLink(state: LinkState, problem: string | null): void {
    this.state = state;
    this.problem = problem;
    this.changed("link");
  }
}

/** One line that says what a command does, for the log and the detail panel. */
export function describeCommand(input: ConsoleCommand): string {
  switch (input.kind) {
    case "DispatchUnit":
      return `dispatch ${input.unitId} to ${input.incidentId}`;
    case "ReassignUnit":
      return `reassign ${input.unitId} to ${input.incidentId}`;
    case "UpdateUnitStatus":
      return `${input.unitId} status ${input.status.replace(/_/g, " ")}`;
    case "CheckUnit":
      return `check ${input.unitId}`;
    case "ClearIncident":
      return `clear ${input.incidentId}`;
    case "CloseIncident":
      return `close ${input.incidentId} (${input.disposition})`;
    case "ReopenIncident":
      return `reopen ${input.incidentId}`;
    case "ReprioritiseIncident":
      return `${input.incidentId} priority ${input.priority}`;
    case "AddNote":
      return `note on ${input.incidentId}`;
    case "MergeIncidents":
      return `merge ${input.incidentId} into ${input.intoIncidentId}`;
    case "SplitCall":
      return `split call ${input.callId} off`;
    case "LinkIncidents":
      return `link ${input.incidentId} with ${input.otherIncidentId}`;
    case "ReceiveCall":
      return `new ${input.callType} call${input.address === undefined ? "" : ` at ${input.address}`}`;
    case "AcceptIncoming":
      return `accept incoming ${input.trackingId}`;
    case "DeclineIncoming":
      return `decline incoming ${input.trackingId}`;
    case "ShareIncident":
      return `share ${input.incidentId} with ${input.toAgency}`;
    case "TransferIncident":
      return `transfer ${input.incidentId} to ${input.toAgency}`;
    case "EndShare":
      return `end sharing ${input.incidentId} with ${input.toAgency}`;
    default:
      return (input as { kind: string }).kind;
  }
}
