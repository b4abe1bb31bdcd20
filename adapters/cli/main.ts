import { parseArgs } from "node:util";
import { runConsole } from "../console/cli.ts";
import { ConfigError } from "../config/index.ts";
import { runDemo } from "./demo.ts";
import { DEFAULT_DEMO_DIR, DemoDataError } from "./demo-data.ts";
import { runSeattleReplay } from "./replay.ts";
import { defaultReplicaName, runServe, snapshotPath } from "./serve.ts";
import { runSnapshot } from "./snapshot.ts";
import { runConfigHistory } from "./config-history.ts";
import { RMS_USAGE, runRms } from "../rms/cli.ts";
import { isCredentialsError } from "../nats/index.ts";
import { NATS_AUTH_FLAGS, natsAuthOf, optionalNatsAuthOf } from "./nats-flags.ts";
import { runStreamsCreate } from "./streams.ts";
import { DEV_CLUSTER_USAGE, parseDevCluster, runDevCluster } from "./dev-cluster.ts";
import { AUTH_INIT_USAGE, runAuthInit } from "./auth.ts";
import { AUTH_USER_USAGE, runAuthUser } from "./auth-user.ts";
import { UsersError } from "../auth/users.ts";
import { LOG_FLAGS, configureLogging, lineLog, loggingOf } from "../log/index.ts";
import { METRICS_FLAGS, metricsOf } from "../metrics/index.ts";

/** A line of a long-running command's log (stdout, timestamped), as serve and console write theirs. */
const logLine = lineLog("cad");

/** `--replicas N`: 1-5 replicas of each stream created; undefined (auto) when not given. */
function replicasOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 5)
    throw new Error(`--replicas must be a whole number 1-5, got "${text}"`);
  return n;
}

function positive(text: string, name: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a number > 0, got "${text}"`);
  return n;
}

const USAGE = `cad: the cad-engine command

  cad demo [--speed N] [--hours H] [--seed S] [--calls-per-hour C] [--config FILE] [--data-dir DIR]
           [--console-port P] [--no-console] [--insecure [--nats URL]] [--in-process]
      Runs the engine as a NATS service for agency "demo" and the synthetic city "Metro" (calls,
      AVL, a dispatcher and crews) publishing to it, with a live summary of the queue, dispatches
      and response times, and serves the web console (http://127.0.0.1:8080/, or a free port when
      8080 is taken; --no-console: none). Secure by default: at its first run it makes the
      agency's NATS credentials in DIR/auth (cad auth init) and a console user "demo" whose
      password it writes to DIR/console-login.txt (DIR: --data-dir, default .cad-demo); every run
      starts its own nats-server with those credentials on a free loopback port (store DIR/nats),
      each part on its role's creds. --insecure: no credentials, for development (NATS at --nats,
      default nats://127.0.0.1:4222, or a local nats-server when none answers; warns at every
      start). --in-process runs the same without NATS.
      --speed: simulated seconds per real second (default 60); 0 runs flat out.
      --hours: simulated hours to run, then print the final report (default: until Ctrl-C).

  Every --nats flag takes URL[,URL...]: the servers of a cluster, comma-separated; the process
  connects to one and moves to another when it goes.

  Commands that connect to NATS take --creds FILE (the role's creds file, written by cad auth
  init) and --tls-ca FILE (the CA that signed the server's TLS certificate). Without --creds,
  serve, console, rms and config history refuse to start unless given --insecure (a server
  without authentication), which warns at every start.

  cad serve (--creds FILE | --insecure) [--tls-ca FILE] [--agency A | --agencies A,B,C]
            [--replica NAME] [--nats URL[,URL...]] [--config FILE] [--no-clock] [--trust-input-time]
            [--data-dir DIR] [--replicas N]
      Runs one replica of the engine of each agency (default demo) on NATS/JetStream until
      SIGTERM or SIGINT: inputs on cad.A.in.>, events on cad.A.evt.>, queries on cad.A.q.> (see
      proto/README.md). Start it on several hosts (each its own --replica NAME, default
      <hostname>-<pid>) for hot standbys: the replicas of an agency elect one leader by claims
      in the input log; only the leader publishes outputs, runs the clock and answers
      cad.A.q.>, and a standby takes over within about 2 s of the leader's death. Each replica
      answers cad.A.replica.NAME.q.> from its own state. The leader's clock writes a tick every
      second unless --no-clock. With --data-dir DIR, it starts from
      the newest valid snapshot in DIR/A.snapshots.sqlite and a standby in a worker thread
      writes one every --snapshot-every-inputs (10000) inputs or --snapshot-every-seconds (60).
      Once recovered, it records its --config file in the input log (ApplyConfiguration) when it
      is not the configuration in force, so replay applies each input under the configuration of
      its time (see cad config history). --creds: the agency's engine creds; under credentials
      the engine does not create streams (see cad streams create). --replicas N: replicas of the
      streams it creates (default: 3 on a cluster of 3 or more servers, else 1).

  cad streams create --agency A [--nats URL] [--creds FILE] [--tls-ca FILE] [--replicas N]
      Creates agency A's streams (input log, events, audit) when missing and lists them. Under
      credentials only the agency's admin may: --creds DIR/A/admin.creds. --replicas N: replicas
      of each stream (1-5; default 3 on a cluster of 3 or more servers, else 1); a stream that
      exists with another count is left as it is, with a warning (see docs/operations.md).

${DEV_CLUSTER_USAGE}
  cad console (--creds FILE | --insecure) [--tls-ca FILE] [--agency A] [--nats URL] [--config FILE]
              [--host H] [--port P] [--tls-cert FILE --tls-key FILE] [--public-name NAME[:PORT] ...]
              [--users FILE] [--idle-minutes M]
      Serves the web dispatch console for agency A (default demo) on http://H:P/ (default
      127.0.0.1:8080, or a free port when 8080 is taken and --port is not given): the map,
      pending queue, unit board and incident detail, live from cad.A.evt.>, with commands
      (dispatch, unit status, clear, close, notes) published to cad.A.in.>. See docs/console.md.
      With --tls-cert and --tls-key it serves https; a --host other than loopback needs them.
      It answers only requests for its own address (H:P, and localhost for 127.0.0.1) or a
      --public-name (repeatable): a console reached by a DNS name lists that name.
      Operators log in as users of --users FILE (default console-users.json; see cad auth user);
      a session ends after --idle-minutes (default 30) without a request.

  cad snapshot list | inspect ID | verify [ID] [--data-dir DIR] [--agency A]
      Lists, inspects or verifies (checksum and decoding) the snapshots of an agency.

  cad config history (--creds FILE | --insecure) [--tls-ca FILE] [--agency A] [--nats URL]
      Lists the configuration changes recorded in agency A's input log (cad serve records its
      file's configuration at start-up when it is not the one in force): input sequence, time,
      hash and what changed (call types added, removed or reprioritised; other sections).
      --creds: creds that may read the input log (the agency's engine or admin creds).

  cad replay seattle [DATA_DIR] [--from 2017-06-01] [--to 2017-06-19] [--busy aid=5,medic=20]
      Replays the Seattle Fire Department's 2017 dispatch log through the engine (units start
      at their home stations and stay busy for a modelled time) and compares the engine's
      first recommended unit of each kind with the unit SFD sent. DATA_DIR is the shared data
      folder (default: $CAD_DATA_DIR or ../shared/data).

${AUTH_INIT_USAGE}
${AUTH_USER_USAGE}
${RMS_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "demo": {
      const { values } = parseArgs({
        args: rest,
        options: {
          speed: { type: "string", default: "60" },
          hours: { type: "string" },
          seed: { type: "string", default: "1" },
          "calls-per-hour": { type: "string", default: "24" },
          config: { type: "string" },
          "data-dir": { type: "string", default: DEFAULT_DEMO_DIR },
          insecure: { type: "boolean", default: false },
          nats: { type: "string" },
          "in-process": { type: "boolean", default: false },
          "console-port": { type: "string" },
          "no-console": { type: "boolean", default: false },
          ...LOG_FLAGS,
        },
      });
      configureLogging(loggingOf(values));
      // The secure demo's NATS is its own server, started with its credentials: another NATS
      // would be one whose users the demo did not make.
      if (values.nats !== undefined && !values.insecure)
        throw new Error(
          "cad demo: --nats is for --insecure; the demo starts its own nats-server with its credentials",
        );
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
          : {
              port: values["console-port"] === undefined ? undefined : Number(values["console-port"]),
            },
      });
    }
    case "console": {
      const { values } = parseArgs({
        args: rest,
        options: {
          agency: { type: "string", default: "demo" },
          nats: { type: "string", default: "nats://127.0.0.1:4222" },
          config: { type: "string" },
          host: { type: "string", default: "127.0.0.1" },
          port: { type: "string" },
          ...NATS_AUTH_FLAGS,
          "tls-cert": { type: "string" },
          "tls-key": { type: "string" },
          "public-name": { type: "string", multiple: true },
          users: { type: "string", default: "console-users.json" },
          "idle-minutes": { type: "string", default: "30" },
          ...LOG_FLAGS,
          ...METRICS_FLAGS,
        },
      });
      configureLogging(loggingOf(values));
      const auth = natsAuthOf(values, "cad console", logLine);
      return runConsole({
        auth,
        agency: values.agency,
        servers: values.nats,
        configPath: values.config,
        host: values.host,
        port: values.port,
        tlsCert: values["tls-cert"],
        tlsKey: values["tls-key"],
        publicNames: values["public-name"],
        users: values.users,
        idleMinutes: positive(values["idle-minutes"], "--idle-minutes"),
        metrics: metricsOf(values),
      });
    }
    case "serve": {
      const { values } = parseArgs({
        args: rest,
        options: {
          agency: { type: "string" },
          agencies: { type: "string" },
          replica: { type: "string" },
          nats: { type: "string", default: "nats://127.0.0.1:4222" },
          config: { type: "string" },
          clock: { type: "boolean", default: true },
          "no-clock": { type: "boolean", default: false },
          "trust-input-time": { type: "boolean", default: false },
          "data-dir": { type: "string" },
          "snapshot-every-inputs": { type: "string", default: "10000" },
          "snapshot-every-seconds": { type: "string", default: "60" },
          replicas: { type: "string" },
          ...NATS_AUTH_FLAGS,
          ...LOG_FLAGS,
          ...METRICS_FLAGS,
        },
      });
      configureLogging(loggingOf(values));
      const replicas = replicasOf(values.replicas);
      const auth = natsAuthOf(values, "cad serve", logLine);
      if (values.agency !== undefined && values.agencies !== undefined)
        throw new Error("cad serve: give --agency A or --agencies A,B,C, not both");
      const agencies = (values.agencies ?? values.agency ?? "demo")
        .split(",")
        .map((a) => a.trim())
        .filter((a) => a !== "");
      if (agencies.length === 0 || new Set(agencies).size !== agencies.length)
        throw new Error(`cad serve: --agencies needs distinct agency ids, got "${values.agencies}"`);
      const replica = values.replica ?? defaultReplicaName();
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(replica))
        throw new Error(`cad serve: --replica "${replica}": use 1-64 letters, digits, _ or -`);
      return runServe({
        auth,
        agencies,
        replica,
        servers: values.nats,
        configPath: values.config,
        clock: values.clock && !values["no-clock"],
        trustInputTime: values["trust-input-time"],
        dataDir: values["data-dir"],
        snapshotEveryInputs: positive(values["snapshot-every-inputs"], "--snapshot-every-inputs"),
        snapshotEverySeconds: positive(values["snapshot-every-seconds"], "--snapshot-every-seconds"),
        ...(replicas !== undefined && { replicas }),
        metrics: metricsOf(values),
      });
    }
    case "snapshot": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          "data-dir": { type: "string", default: "data" },
          agency: { type: "string", default: "demo" },
        },
      });
      const [action, id] = positionals;
      return runSnapshot(action, snapshotPath(values["data-dir"], values.agency), values.agency, id);
    }
    case "config": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          agency: { type: "string", default: "demo" },
          nats: { type: "string", default: "nats://127.0.0.1:4222" },
          ...NATS_AUTH_FLAGS,
        },
      });
      if (positionals[0] !== "history")
        throw new Error(`cad config: expected history, got "${positionals[0] ?? ""}"`);
      return runConfigHistory(values.nats, values.agency, natsAuthOf(values, "cad config history"));
    }
    case "streams": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          agency: { type: "string" },
          nats: { type: "string", default: "nats://127.0.0.1:4222" },
          creds: NATS_AUTH_FLAGS.creds,
          "tls-ca": NATS_AUTH_FLAGS["tls-ca"],
          replicas: { type: "string" },
        },
      });
      if (positionals[0] !== "create")
        throw new Error(`cad streams: expected create, got "${positionals[0] ?? ""}"`);
      if (values.agency === undefined) throw new Error("cad streams create: give --agency A");
      return runStreamsCreate({
        agency: values.agency,
        servers: values.nats,
        auth: optionalNatsAuthOf(values),
        replicas: replicasOf(values.replicas),
      });
    }
    case "replay": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          from: { type: "string", default: "2017-06-01" },
          to: { type: "string", default: "2017-06-19" },
          busy: { type: "string" },
        },
      });
      const [source, dataDir] = positionals;
      if (source !== "seattle")
        throw new Error(`cad replay: unknown source "${source ?? ""}" (known: seattle)`);
      return runSeattleReplay({
        dataDir: dataDir ?? process.env["CAD_DATA_DIR"] ?? "../shared/data",
        from: values.from,
        to: values.to,
        busy: values.busy,
      });
    }
    case "dev":
      if (rest[0] === "cluster") return runDevCluster(parseDevCluster(rest.slice(1)));
      process.stderr.write(`cad dev: unknown action "${rest[0] ?? ""}"\n\n${DEV_CLUSTER_USAGE}`);
      return 2;
    case "rms":
      return runRms(rest);
    case "auth":
      if (rest[0] === "init") return runAuthInit(rest.slice(1));
      if (rest[0] === "user") return runAuthUser(rest.slice(1));
      process.stderr.write(
        `cad auth: unknown action "${rest[0] ?? ""}"\n\n${AUTH_INIT_USAGE}\n${AUTH_USER_USAGE}`,
      );
      return 2;
    case undefined:
    case "help":
    case "--help":
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`cad: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof UsersError || error instanceof DemoDataError)
      process.stderr.write(`${error.message}\n`);
    // Credentials are the operator's to fix, not a bug: one line naming the file and its flag.
    else if (isCredentialsError(error)) process.stderr.write(`cad: FATAL ${error.message}\n`);
    else
      process.stderr.write(
        `cad: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    process.exitCode = 1;
  },
);
