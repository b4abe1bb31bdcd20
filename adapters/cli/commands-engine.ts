import { runDemo } from "./demo.ts";
import { DEFAULT_DEMO_DIR } from "./demo-data.ts";
import { runConfigHistory } from "./config-history.ts";
import { waitForNats } from "./connect-wait.ts";
import { runDevCluster } from "./dev-cluster.ts";
import {
  CONNECT_TIMEOUT_FLAG,
  NATS_AUTH_FLAGS,
  NATS_URL_FLAG,
  natsAuthOf,
  optionalNatsAuthOf,
} from "./nats-flags.ts";
import { defaultReplicaName, runServe } from "./serve.ts";
import { checks, command, UsageError, type Command } from "./spec.ts";
import { runStreamsCreate } from "./streams.ts";

/** A long-running command's log line (stdout, timestamped). */
import { configureLoggingFrom, LOG_OPTIONS, METRICS_OPTIONS, metricsOf } from "./ops-flags.ts";
import { lineLog } from "../log/index.ts";
import { DEMO_CALLS_PER_HOUR, DEMO_SEED } from "../sim/index.ts";
const logLine = lineLog("cad");
/** A one-shot command's progress line (stderr, apart from its output). */
const note = (line: string) => process.stderr.write(`${line}\n`);

const CONFIG_FLAG = {
  config: {
    type: "string",
    arg: "FILE",
    help: "the engine configuration (YAML)",
    shownDefault: "config/default.yaml",
  },
} as const;

const REPLICAS_FLAG = {
  replicas: {
    type: "string",
    arg: "N",
    help: "replicas of each stream it creates",
    shownDefault: "3 on a cluster of 3 or more servers, else 1",
    check: checks.wholeNumber(1, 5),
  },
} as const;

const replicasOf = (text: string | undefined) => (text === undefined ? undefined : Number(text));

export const serve = command(
  {
    path: "serve",
    synopsis: "(--creds FILE | --insecure) [options]",
    summary: "runs one replica of each agency's engine on NATS/JetStream",
    description: `Runs one replica of the engine of each agency on NATS/JetStream until SIGTERM, SIGINT or
SIGHUP (then it finishes the input in hand, settles its outputs, takes a last snapshot and exits
within 2 s): inputs on cad.A.in.>, events on cad.A.evt.>, queries on cad.A.q.> (see
proto/README.md). Start it on several hosts (each its own --replica NAME) for hot standbys: the
replicas of an agency elect one leader by claims in the input log; only the leader publishes
outputs, runs the clock and answers cad.A.q.>, and a standby takes over within about 2 s of the
leader's death. Each replica answers cad.A.replica.NAME.q.> from its own state. The leader's clock
writes a tick every second unless --no-clock. With --data-dir DIR, it starts from the newest valid
snapshot in DIR/A.snapshots.sqlite and a standby in a worker thread writes one every
--snapshot-every-inputs inputs or --snapshot-every-seconds. Once recovered, it records its --config
file in the input log (ApplyConfiguration) when it is not the configuration in force, so replay
applies each input under the configuration of its time (see cad config history). Under
credentials the engine does not create streams (see cad streams create).`,
    options: {
      agency: { type: "string", arg: "A", help: "the agency whose engine runs", shownDefault: "demo" },
      agencies: { type: "string", arg: "A,B,C", help: "several agencies, one engine replica each" },
      replica: {
        type: "string",
        arg: "NAME",
        help: "this replica's name (1-64 letters, digits, _ or -)",
        shownDefault: "<hostname>-<pid>",
        check: (v) => (/^[A-Za-z0-9_-]{1,64}$/.test(v) ? undefined : "must be 1-64 letters, digits, _ or -"),
      },
      ...NATS_URL_FLAG,
      ...CONFIG_FLAG,
      clock: { type: "boolean", default: true, help: "run the clock while leading (as by default)" },
      "no-clock": { type: "boolean", default: false, help: "no clock: ticks come from elsewhere" },
      "trust-input-time": {
        type: "boolean",
        default: false,
        help: "take each input's time from its Cad-Time header (simulations, replays)",
      },
      "data-dir": { type: "string", arg: "DIR", help: "where snapshots are kept (none without it)" },
      "snapshot-every-inputs": {
        type: "string",
        default: "10000",
        arg: "N",
        help: "a snapshot after this many inputs",
        check: checks.positive,
      },
      "snapshot-every-seconds": {
        type: "string",
        default: "60",
        arg: "S",
        help: "or after this many seconds with inputs",
        check: checks.positive,
      },
      ...REPLICAS_FLAG,
      ...NATS_AUTH_FLAGS,
      ...CONNECT_TIMEOUT_FLAG,
      ...LOG_OPTIONS,
      ...METRICS_OPTIONS,
    },
  },
  (values) => {
    configureLoggingFrom(values);
    if (values.agency !== undefined && values.agencies !== undefined)
      throw new UsageError("serve", "give --agency A or --agencies A,B,C, not both");
    const agencies = (values.agencies ?? values.agency ?? "demo")
      .split(",")
      .map((a) => a.trim())
      .filter((a) => a !== "");
    if (agencies.length === 0 || new Set(agencies).size !== agencies.length)
      throw new UsageError("serve", `--agencies needs distinct agency ids, got "${values.agencies}"`);
    const auth = natsAuthOf(values, "cad serve", logLine);
    const replicas = replicasOf(values.replicas);
    return runServe({
      auth,
      agencies,
      replica: values.replica ?? defaultReplicaName(),
      servers: values.nats,
      configPath: values.config,
      clock: values.clock && !values["no-clock"],
      trustInputTime: values["trust-input-time"],
      dataDir: values["data-dir"],
      snapshotEveryInputs: Number(values["snapshot-every-inputs"]),
      snapshotEverySeconds: Number(values["snapshot-every-seconds"]),
      connectTimeoutSeconds: Number(values["connect-timeout"]),
      ...(replicas !== undefined && { replicas }),
      metrics: metricsOf(values),
    });
  },
);

export const demo = command(
  {
    path: "demo",
    synopsis: "[options]",
    summary: "the engine and a synthetic city (calls, AVL, crews), with the web console",
    description: `Runs the engine as a NATS service for agency "demo" and the synthetic city "Metro" (calls,
AVL, a dispatcher and crews) publishing to it, with a live summary of the queue, dispatches and
response times, and serves the web console (http://127.0.0.1:8080/, or a free port when 8080 is
taken; --no-console: none). Secure by default: at its first run it makes the agency's NATS
credentials in DIR/auth (cad auth init) and a console user "demo" whose password it writes to
DIR/console-login.txt (DIR: --data-dir); every run starts its own nats-server with those
credentials on a free loopback port (store DIR/nats), each part on its role's creds. --insecure:
no credentials, for development (NATS at --nats, or a local nats-server when none answers; warns
at every start). --in-process runs the same without NATS. Stops cleanly on SIGTERM, SIGINT or
SIGHUP, with its final report.`,
    options: {
      speed: {
        type: "string",
        default: "60",
        arg: "N",
        help: "simulated seconds per real second; 0 runs flat out",
        check: checks.nonNegative,
      },
      hours: {
        type: "string",
        arg: "H",
        help: "simulated hours to run, then print the final report",
        shownDefault: "until stopped",
        check: checks.nonNegative,
      },
      seed: {
        type: "string",
        default: String(DEMO_SEED),
        arg: "S",
        help: "the city's random seed",
        check: checks.nonNegative,
      },
      "calls-per-hour": {
        type: "string",
        default: String(DEMO_CALLS_PER_HOUR),
        arg: "C",
        help: "911 calls per simulated hour",
        check: checks.nonNegative,
      },
      ...CONFIG_FLAG,
      "data-dir": {
        type: "string",
        default: DEFAULT_DEMO_DIR,
        arg: "DIR",
        help: "the demo's credentials, NATS store and console users",
      },
      "console-port": {
        type: "string",
        arg: "P",
        help: "the web console's port",
        shownDefault: "8080, or a free port when taken",
        check: checks.port,
      },
      "no-console": { type: "boolean", default: false, help: "no web console" },
      insecure: {
        type: "boolean",
        default: false,
        help: "no credentials (development; warns at every start)",
      },
      nats: {
        type: "string",
        arg: "URL",
        help: "with --insecure: the NATS to use (a local nats-server when none answers)",
        shownDefault: "nats://127.0.0.1:4222",
      },
      "in-process": { type: "boolean", default: false, help: "the same without NATS" },
      ...LOG_OPTIONS,
    },
  },
  (values) => {
    configureLoggingFrom(values);
    // The secure demo's NATS is its own server, started with its credentials: another NATS
    // would be one whose users the demo did not make.
    if (values.nats !== undefined && !values.insecure)
      throw new UsageError(
        "demo",
        "--nats is for --insecure; the demo starts its own nats-server with its credentials",
      );
    if (values.speed === "0" && values.hours === undefined)
      throw new UsageError("demo", "--speed 0 (flat out) needs --hours");
    return runDemo({
      dataDir: values["data-dir"],
      insecure: values.insecure,
      nats: values.nats ?? "nats://127.0.0.1:4222",
      inProcess: values["in-process"],
      speed: Number(values.speed),
      hours: values.hours === undefined ? Infinity : Number(values.hours),
      seed: Number(values.seed),
      callsPerHour: Number(values["calls-per-hour"]),
      configPath: values.config,
      console: values["no-console"]
        ? null
        : { port: values["console-port"] === undefined ? undefined : Number(values["console-port"]) },
    });
  },
);

export const streamsCreate = command(
  {
    path: "streams create",
    synopsis: "--agency A [options]",
    summary: "creates an agency's streams (input log, events, audit) when missing",
    description: `Creates agency A's streams (input log, events, audit) when missing and lists them. Under
credentials only the agency's admin may: --creds DIR/A/admin.creds. A stream that exists with
another replica count is left as it is, with a warning (see docs/operations.md).`,
    options: {
      agency: { type: "string", arg: "A", help: "the agency (required)" },
      ...NATS_URL_FLAG,
      creds: {
        ...NATS_AUTH_FLAGS.creds,
        help: "the agency's admin creds (none: a server without authentication)",
      },
      "tls-ca": NATS_AUTH_FLAGS["tls-ca"],
      ...REPLICAS_FLAG,
      ...CONNECT_TIMEOUT_FLAG,
    },
  },
  async (values) => {
    if (values.agency === undefined) throw new UsageError("streams create", "give --agency A");
    const auth = optionalNatsAuthOf(values);
    const timeoutSeconds = Number(values["connect-timeout"]);
    await waitForNats({ command: "streams create", servers: values.nats, auth, timeoutSeconds, log: note });
    return runStreamsCreate({
      agency: values.agency,
      servers: values.nats,
      auth,
      replicas: replicasOf(values.replicas),
    });
  },
);

export const configHistory = command(
  {
    path: "config history",
    synopsis: "(--creds FILE | --insecure) [options]",
    summary: "lists the configuration changes recorded in an agency's input log",
    description: `Lists the configuration changes recorded in agency A's input log (cad serve records its
file's configuration at start-up when it is not the one in force): input sequence, time, hash and
what changed (call types added, removed or reprioritised; other sections).`,
    options: {
      agency: { type: "string", default: "demo", arg: "A", help: "the agency" },
      ...NATS_URL_FLAG,
      ...NATS_AUTH_FLAGS,
      creds: {
        ...NATS_AUTH_FLAGS.creds,
        help: "creds that may read the input log (the engine's or admin's)",
      },
      ...CONNECT_TIMEOUT_FLAG,
    },
  },
  async (values) => {
    const auth = natsAuthOf(values, "cad config history");
    const timeoutSeconds = Number(values["connect-timeout"]);
    await waitForNats({ command: "config history", servers: values.nats, auth, timeoutSeconds, log: note });
    return runConfigHistory(values.nats, values.agency, auth);
  },
);

export const devCluster = command(
  {
    path: "dev cluster",
    synopsis: "--dir DIR [options]",
    summary: "runs a local JetStream cluster of nats-servers, for development and fault tests",
    description: `Runs a JetStream cluster of N nats-servers on 127.0.0.1 in the foreground, for development and
fault tests: server_name n1..nN, cluster "cad", client ports P..P+N-1, route ports P+N..P+2N-1 and
monitoring ports P+2N..P+3N-1. Each node keeps its configuration, store and log in DIR/nI (kept
across runs: started again on the same DIR, the cluster finds its streams). Prints one line per
node, then a last line NATS_URLS=<the client URLs, comma-joined> (what every --nats flag takes)
once a stream of 3 replicas can be created; stops every node cleanly on SIGTERM, SIGINT or SIGHUP.`,
    options: {
      dir: { type: "string", arg: "DIR", help: "where the nodes keep their stores (required)" },
      nodes: {
        type: "string",
        default: "3",
        arg: "N",
        help: "how many nodes",
        check: checks.wholeNumber(1, 32),
      },
      port: {
        type: "string",
        default: "4301",
        arg: "P",
        help: "the first client port",
        check: checks.wholeNumber(1024, 65_535),
      },
      auth: {
        type: "string",
        arg: "AUTH_DIR",
        help: "include AUTH_DIR/nats-server.conf (from cad auth init)",
      },
    },
  },
  (values) => runDevCluster(values),
);

export const ENGINE_COMMANDS: readonly Command[] = [demo, serve, streamsCreate, configHistory, devCluster];
