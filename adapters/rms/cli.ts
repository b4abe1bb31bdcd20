import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import { loadConfigFile } from "../config/index.ts";
import { waitForNats } from "../cli/connect-wait.ts";
import { CONNECT_TIMEOUT_FLAG, NATS_AUTH_FLAGS, NATS_URL_FLAG, natsAuthOf } from "../cli/nats-flags.ts";
import { describeStop, exitAfter, STOP_BUDGET_MS, stopRequested } from "../cli/signals.ts";
import {
  checks,
  command,
  isUsageError,
  parseCommand,
  UsageError,
  type Command,
  type CommandSpec,
  type Options,
  type Values,
} from "../cli/spec.ts";
import { agencySubjects, connectNats, type NatsAuth } from "../nats/index.ts";
import { AUDIT_ROW_ACTIONS, runAuditList } from "./audit-cli.ts";
import { RmsConsumer } from "./consumer.ts";
import { canonicalDump, dumpDigest } from "./dump.ts";
import { toEido } from "./eido.ts";
import { eidoSchemaDir, loadEidoValidator } from "./eido-schema.ts";
import { readIncidentRecord } from "./record.ts";
import { runReport } from "./report-cli.ts";
import { runBulkExport } from "./export-cli.ts";
import { runOpenData } from "./opendata-cli.ts";
import { openRmsDatabase } from "./schema.ts";

import { configureLoggingFrom, LOG_OPTIONS, METRICS_OPTIONS, metricsOf } from "../cli/ops-flags.ts";
import { lineLog } from "../log/index.ts";
import { packageVersion, rmsMetrics, startMetricsServer, type MetricsServer } from "../metrics/index.ts";

const COMMON = {
  agency: { type: "string", default: "demo", arg: "A", help: "the agency" },
  db: { type: "string", arg: "FILE", help: "the records database", shownDefault: "data/A.rms.sqlite" },
} as const satisfies Options;
const NATS = { ...NATS_URL_FLAG, ...NATS_AUTH_FLAGS } as const;
const CONFIG = {
  config: {
    type: "string",
    arg: "FILE",
    help: "the engine configuration (YAML)",
    shownDefault: "config/default.yaml",
  },
} as const satisfies Options;

const say = lineLog("cad-rms");
const dbPathOf = (values: { db?: string | undefined; agency: string }) =>
  values.db ?? join("data", `${values.agency}.rms.sqlite`);

const RUN_SPEC = {
  path: "rms run",
  synopsis: "(--creds FILE | --insecure) [options]",
  summary: "the RMS consumer: keeps the records database from the agency's events",
  description: `The RMS consumer: a durable JetStream consumer on CAD_EVT_A keeping the records database until
SIGTERM, SIGINT or SIGHUP; logs its position and lag every 5 s. --creds: the agency's rms creds
(cad auth init); --insecure: none (warns at every start). --relay-eido: also sends the incidents
the engine shares or transfers, and the answers to partners' incidents, as NENA EIDO to
cad.<partner>.in.eido (the partners of the configuration's sharing section).`,
  options: {
    ...COMMON,
    ...NATS,
    ...CONFIG,
    "relay-eido": {
      type: "boolean",
      help: "send shared and transferred incidents and our answers to partner agencies as EIDO",
    },
    "data-dir": {
      type: "string",
      arg: "DIR",
      help: "the shared data (the NENA EIDO schema in DIR/nena-eido), for --relay-eido",
    },
    durable: { type: "string", default: "rms", arg: "NAME", help: "the durable consumer's name" },
    "ack-wait": {
      type: "string",
      default: "30",
      arg: "S",
      help: "seconds before an unacknowledged event is sent again",
      check: checks.positive,
    },
    batch: {
      type: "string",
      default: "256",
      arg: "N",
      help: "events stored per transaction",
      check: checks.wholeNumber(1),
    },
    ...CONNECT_TIMEOUT_FLAG,
    ...LOG_OPTIONS,
    ...METRICS_OPTIONS,
  },
} as const;

const rmsRun = command(RUN_SPEC, (values) => run(values));

const rmsStatus = command(
  {
    path: "rms status",
    synopsis: "[options]",
    summary: "where the records are in the stream, what they hold, and the lag",
    description: `Where the records are in the stream, what they hold, and the lag when NATS answers (asked only
with --creds or --insecure).`,
    options: {
      ...COMMON,
      ...NATS,
      ...CONNECT_TIMEOUT_FLAG,
      "connect-timeout": { ...CONNECT_TIMEOUT_FLAG["connect-timeout"], default: "5" },
    },
  },
  (values) => status(values),
);

const rmsExport = command(
  {
    path: "rms export",
    synopsis: "INCIDENT_ID [options] | --from ISO --to ISO [options]",
    summary: "incidents as NENA EIDO documents: one on stdout, or every one of a period",
    description: `With INCIDENT_ID: the incident as a NENA EIDO document (JSON) on stdout; exit code 1 when the
records do not hold it. With --from and --to: every incident opened (first call received) in
[from, to) as EIDO, each validated against the NENA schema: NDJSON on stdout or in the file
--out PATH, or (--format files) one PATH/<id>.json each. An invalid one is named on stderr with
its schema path and not written (exit code 1); the rest are written.`,
    options: {
      ...COMMON,
      ...CONFIG,
      domain: { type: "string", arg: "D", help: "the agency's domain in the document's ids" },
      from: { type: "string", arg: "ISO", help: "a period's start (bulk export)", check: checks.isoTime },
      to: { type: "string", arg: "ISO", help: "its end", check: checks.isoTime },
      format: {
        type: "string",
        default: "ndjson",
        arg: "F",
        help: "bulk export: ndjson (one document a line) or files (one file each, in --out)",
        check: (v) => (v === "ndjson" || v === "files" ? undefined : "must be ndjson or files"),
      },
      out: { type: "string", arg: "PATH", help: "bulk export: the file (ndjson) or directory (files)" },
      "data-dir": {
        type: "string",
        arg: "DIR",
        help: "the shared data folder (the NENA schema)",
        shownDefault: "$CAD_DATA_DIR or ../shared/data",
      },
    },
    positionals: { min: 0, max: 1 },
  },
  (values, [incidentId]) => {
    const period = values.from !== undefined || values.to !== undefined;
    if (period === (incidentId !== undefined))
      throw new UsageError("rms export", "give an INCIDENT_ID, or --from and --to (not both)");
    return period ? runBulkExport(values) : exportEido(values, incidentId ?? "");
  },
);

const rmsReport = command(
  {
    path: "rms report",
    synopsis: "--from ISO --to ISO [options]",
    summary: "response intervals per priority and incident type (Markdown or JSON, SVG)",
    description: `Response intervals per priority and incident type (p50, p90, share within the NENA and NFPA
targets; total response against each priority's target; NFPA 1710's ALS arrival and full-alarm
assembly; NENA's 95% of calls answered within 20 s) as Markdown tables, or every table as JSON
for dashboards; --svg also writes the chart.`,
    options: {
      ...COMMON,
      ...CONFIG,
      from: { type: "string", arg: "ISO", help: "the start of the period (required)", check: checks.isoTime },
      to: { type: "string", arg: "ISO", help: "its end (required)", check: checks.isoTime },
      svg: { type: "string", arg: "FILE", help: "write the chart there too" },
      format: {
        type: "string",
        default: "markdown",
        arg: "F",
        help: "markdown or json",
        check: (v) => (v === "markdown" || v === "json" ? undefined : "must be markdown or json"),
      },
    },
  },
  (values) => runReport(values),
);

const rmsOpenData = command(
  {
    path: "rms opendata",
    synopsis: "--from ISO --to ISO --format csv|geojson --out FILE [options]",
    summary: "the period's calls for service as open data, with privacy",
    description: `The period's calls for service as open data by the configuration's openData rules: a public
category, the priority, the hour, a grid cell's point (never the call's), sensitive types
withheld or counted per area, groups of (area, category, day) under k suppressed, calls newer
than --now minus the delay held back. FILE.meta.json says what was withheld and why.`,
    options: {
      ...COMMON,
      ...CONFIG,
      from: { type: "string", arg: "ISO", help: "the start of the period (required)", check: checks.isoTime },
      to: { type: "string", arg: "ISO", help: "its end (required)", check: checks.isoTime },
      format: {
        type: "string",
        arg: "F",
        help: "csv or geojson (required)",
        check: (v) => (v === "csv" || v === "geojson" ? undefined : "must be csv or geojson"),
      },
      out: { type: "string", arg: "FILE", help: "the file to write (required)" },
      now: {
        type: "string",
        arg: "ISO",
        help: "the time the publication delay counts back from",
        shownDefault: "the wall clock",
        check: checks.isoTime,
      },
    },
  },
  (values) => runOpenData(values),
);

const rmsValidate = command(
  {
    path: "rms validate",
    synopsis: "FILE... [options]",
    summary: "validates EIDO documents against the NENA schema",
    description:
      "Validates EIDO documents against the NENA schema in DIR/nena-eido; exit code 1 when one is invalid.",
    options: {
      "data-dir": {
        type: "string",
        arg: "DIR",
        help: "the shared data folder",
        shownDefault: "$CAD_DATA_DIR or ../shared/data",
      },
    },
    positionals: { min: 1, max: Number.MAX_SAFE_INTEGER },
  },
  (values, files) => validate(values["data-dir"], files),
);

const rmsDump = command(
  {
    path: "rms dump",
    synopsis: "[options]",
    summary: "the sha256 of the canonical dump of the records",
    description: "The sha256 of the canonical dump of the records (--full: the dump itself).",
    options: { ...COMMON, full: { type: "boolean", default: false, help: "print the dump itself" } },
  },
  (values) => dump(values),
);

const AUDIT_SPEC = {
  path: "rms audit",
  synopsis: "[options]",
  summary: "the console's audit records the RMS keeps",
  description: `The console's audit records (stream CAD_AUDIT_A) the RMS keeps, oldest first: the latest N
matching rows. --action also takes invalid and gap (rows for messages that were not valid audit
records, and for records missing from the stream).`,
  options: {
    ...COMMON,
    operator: { type: "string", arg: "U", help: "only this operator's" },
    action: {
      type: "string",
      arg: "A",
      help: "only this action's",
      check: (v: string) =>
        AUDIT_ROW_ACTIONS.includes(v) ? undefined : `must be one of ${AUDIT_ROW_ACTIONS.join(", ")}`,
    },
    since: { type: "string", arg: "ISO", help: "only rows at or after this time", check: checks.isoTime },
    limit: {
      type: "string",
      default: "100",
      arg: "N",
      help: "the latest N rows",
      check: checks.wholeNumber(1),
    },
  },
} as const satisfies CommandSpec;

/** `cad rms audit`: checked by its spec, then listed by audit-cli.ts (which parses the same flags). */
const rmsAudit: Command = {
  spec: AUDIT_SPEC,
  run: (args) => {
    parseCommand(AUDIT_SPEC, args);
    return runAuditList(args.filter((a) => a !== "--debug"));
  },
};

/** The `cad rms` commands. */
export const RMS_COMMANDS: readonly Command[] = [
  rmsRun,
  rmsStatus,
  rmsExport,
  rmsReport,
  rmsOpenData,
  rmsValidate,
  rmsDump,
  rmsAudit,
];

async function run(values: Values<typeof RUN_SPEC.options>): Promise<number> {
  configureLoggingFrom(values);
  const metrics = metricsOf(values);
  const auth = natsAuthOf(values, "cad rms run", say);
  const signalled = stopRequested();
  const waited = await waitForNats({
    command: "rms run",
    servers: values.nats,
    auth,
    timeoutSeconds: Number(values["connect-timeout"]),
    log: say,
    stop: signalled,
  });
  if (waited === "stopped") {
    say(`cad-rms ${values.agency}: stopped during start-up (${describeStop(await signalled)})`);
    return 0;
  }
  const dbPath = dbPathOf(values);
  mkdirSync(dirname(dbPath), { recursive: true });
  const ackWait = Number(values["ack-wait"]);
  const batch = Number(values.batch);
  const consumer = await RmsConsumer.start({
    agency: values.agency,
    servers: values.nats,
    dbPath,
    durable: values.durable,
    ackWaitMs: ackWait * 1000,
    batch: Math.floor(batch),
    auth,
    log: say,
    ...(values["relay-eido"] === true && {
      relay: {
        config: loadConfigFile(values.config),
        validator: loadEidoValidator(eidoSchemaDir(values["data-dir"])),
      },
    }),
  });
  say(
    `cad-rms ${values.agency}: recording ${agencySubjects(values.agency).eventStream} from ${values.nats} into ${dbPath}`,
  );
  let endpoint: MetricsServer | undefined;
  if (metrics !== undefined) {
    try {
      endpoint = await startMetricsServer({
        ...metrics,
        ...rmsMetrics(values.agency, packageVersion(), consumer),
      });
    } catch (error) {
      await consumer.stop().catch(() => undefined);
      throw error;
    }
    say(`cad-rms ${values.agency}: metrics on ${endpoint.url}/metrics (health /healthz, readiness /readyz)`);
  }
  const stopped = signalled.then((reason) => ({ reason }));
  const failed = consumer.done.then(
    () => "the consumer ended",
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  const refused = consumer.credentialsRefused.then((r) => r ?? new Promise<never>(() => undefined));
  const why = await Promise.race([stopped, failed, refused]);
  const code = typeof why === "string" ? 1 : "reason" in why ? 0 : 3;
  exitAfter(STOP_BUDGET_MS, code, say, `cad-rms ${values.agency}`);
  await endpoint?.close();
  if (typeof why === "string") {
    say(`cad-rms ${values.agency}: stopped: ${why}`);
    await consumer.stop().catch(() => undefined);
    return code;
  }
  if (!("reason" in why)) {
    // Expired or revoked credentials: the consumer can never read again; stop (exit 3, as the
    // engine's FATAL lines do) for a supervisor to restart it with new ones.
    say(`cad-rms ${values.agency}: FATAL CREDENTIALS_REFUSED: NATS closed the connection: ${why.message}`);
    await consumer.stop().catch(() => undefined);
    return code;
  }
  await consumer.stop();
  const s = consumer.stats;
  const a = consumer.audit.stats;
  say(
    `cad-rms ${values.agency}: stopped (${describeStop(why.reason)}) at stream sequence ${consumer.store.current.lastSeq} (${s.applied} applied, ${s.duplicates} duplicates skipped, ${s.redelivered} redelivered, ${s.resyncs} resyncs; audit: ${a.applied} records stored, ${a.invalid} invalid)`,
  );
  return 0;
}

async function status(values: {
  readonly agency: string;
  readonly db?: string | undefined;
  readonly nats: string;
  readonly creds?: string | undefined;
  readonly "tls-ca"?: string | undefined;
  readonly insecure: boolean;
  readonly "connect-timeout": string;
}): Promise<number> {
  let auth: NatsAuth | string;
  try {
    auth = natsAuthOf(values, "cad rms status");
  } catch (error) {
    // The records are worth showing without NATS: only the lag line needs the credentials.
    if (!isUsageError(error)) throw error;
    auth = "no --creds FILE or --insecure";
  }
  const dbPath = dbPathOf(values);
  const db = openRmsDatabase(dbPath, { readonly: true });
  const s = agencySubjects(values.agency);
  const position = db.prepare("SELECT * FROM position WHERE stream = ?").get(s.eventStream) as
    { last_seq: number; last_input_seq: number; last_event_at: number | null } | undefined;
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const auditSeq = (db.prepare("SELECT last_seq FROM position WHERE stream = ?").pluck().get(s.auditStream) ??
    0) as number;
  const invalidAudit = db
    .prepare("SELECT count(*) FROM audit WHERE action = 'invalid'")
    .pluck()
    .get() as number;
  const lastRun = db.prepare("SELECT * FROM runs ORDER BY rowid DESC LIMIT 1").get() as
    Record<string, unknown> | undefined;
  const lines = [
    `records ${dbPath} (agency ${values.agency}, stream ${s.eventStream})`,
    `position: stream sequence ${position?.last_seq ?? 0}, input ${position?.last_input_seq ?? 0}` +
      (position?.last_event_at == null
        ? ""
        : `, event time ${new Date(position.last_event_at).toISOString()}`),
    `audit: ${s.auditStream} sequence ${auditSeq}, ${count("audit")} records (${invalidAudit} invalid)`,
    `holds: ${count("incidents")} incidents, ${count("calls")} calls, ${count("assignments")} dispatches, ${count("notes")} notes, ${count("merges")} merges, ${count("links")} links, ${count("rejections")} rejections, ${count("intervals")} intervals, ${count("issues")} issues`,
    lastRun === undefined
      ? "no consumer has run"
      : `last consumer: pid ${String(lastRun["pid"])} on ${String(lastRun["host"])}, started ${new Date(Number(lastRun["started_at"])).toISOString()}, ${lastRun["stopped_at"] === null ? `running or killed (heartbeat ${new Date(Number(lastRun["heartbeat_at"])).toISOString()})` : `stopped ${new Date(Number(lastRun["stopped_at"])).toISOString()}`}`,
  ];
  db.close();
  lines.push(
    typeof auth === "string"
      ? `lag: not asked (${auth})`
      : await lagLine(
          values.nats,
          auth,
          s.eventStream,
          position?.last_seq ?? 0,
          Number(values["connect-timeout"]),
        ),
  );
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

async function lagLine(
  servers: string,
  auth: NatsAuth,
  stream: string,
  lastSeq: number,
  timeoutSeconds: number,
): Promise<string> {
  try {
    await waitForNats({
      command: "rms status",
      servers,
      auth,
      timeoutSeconds,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    const nc = await connectNats(servers, "cad-rms-status", auth);
    try {
      const jsm = await jetstreamManager(nc);
      const info = await jsm.streams.info(stream);
      const durable = await jsm.consumers.info(stream, "rms").catch(() => undefined);
      const consumer =
        durable === undefined
          ? ""
          : `; durable "rms": ${durable.num_pending} pending, ${durable.num_ack_pending} unacknowledged`;
      return `lag: ${info.state.last_seq - lastSeq} messages behind ${stream} (last ${info.state.last_seq})${consumer}`;
    } finally {
      await nc.close();
    }
  } catch (error) {
    return `lag: unknown (${servers}: ${(error as Error).message})`;
  }
}

function exportEido(
  values: {
    agency: string;
    db?: string | undefined;
    config?: string | undefined;
    domain?: string | undefined;
  },
  incidentId: string,
): number {
  const db = openRmsDatabase(dbPathOf(values), { readonly: true });
  const record = readIncidentRecord(db, incidentId);
  db.close();
  if (record === undefined) {
    process.stderr.write(`cad rms export: no incident ${incidentId} in the records\n`);
    return 1;
  }
  const config = loadConfigFile(values.config);
  const doc = toEido(record, {
    agency: values.agency,
    config,
    ...(values.domain && { domain: values.domain }),
  });
  process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  return 0;
}

function validate(dataDir: string | undefined, files: readonly string[]): number {
  const validator = loadEidoValidator(eidoSchemaDir(dataDir));
  let failures = 0;
  for (const file of files) {
    const result = validator(JSON.parse(readFileSync(file, "utf8")));
    if (!result.valid) failures++;
    process.stdout.write(`${file}: ${result.valid ? "valid" : `INVALID ${result.errors.join("; ")}`}\n`);
  }
  return failures === 0 ? 0 : 1;
}

function dump(values: { agency: string; db?: string | undefined; full: boolean }): number {
  const db = openRmsDatabase(dbPathOf(values), { readonly: true });
  process.stdout.write(values.full ? `${canonicalDump(db).join("\n")}\n` : `${dumpDigest(db)}\n`);
  db.close();
  return 0;
}
