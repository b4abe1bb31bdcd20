import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { jetstreamManager } from "@nats-io/jetstream";
import { loadConfigFile } from "../config/index.ts";
import { NATS_AUTH_FLAGS, natsAuthOf } from "../cli/nats-flags.ts";
import { agencySubjects, connectNats, isCredentialsError, type NatsAuth } from "../nats/index.ts";
import { runAuditList } from "./audit-cli.ts";
import { runBulkExport } from "./export-cli.ts";
import { runOpenData } from "./opendata-cli.ts";
import { RmsConsumer } from "./consumer.ts";
import { canonicalDump, dumpDigest } from "./dump.ts";
import { toEido } from "./eido.ts";
import { eidoSchemaDir, loadEidoValidator } from "./eido-schema.ts";
import { readIncidentRecord } from "./record.ts";
import { runReport } from "./report-cli.ts";
import { openRmsDatabase } from "./schema.ts";

export const RMS_USAGE = `  cad rms run (--creds FILE | --insecure) [--tls-ca FILE] [--agency A] [--nats URL] [--db FILE]
             [--durable NAME] [--ack-wait S] [--batch N]
      The RMS consumer: a durable JetStream consumer on CAD_EVT_A keeping the records database
      (default data/A.rms.sqlite) until SIGTERM or SIGINT; logs its position and lag every 5 s.
      --creds: the agency's rms creds (cad auth init); --insecure: none (warns at every start).
  cad rms status [--agency A] [--db FILE] [--nats URL] [--creds FILE | --insecure] [--tls-ca FILE]
      Where the records are in the stream, what they hold, and the lag when NATS answers
      (asked only with --creds or --insecure).
  cad rms export INCIDENT_ID [--agency A] [--db FILE] [--domain D] [--config FILE]
      The incident as a NENA EIDO document (JSON) on stdout.
  cad rms export --from ISO --to ISO [--format ndjson|files] [--out PATH] [--agency A] [--db FILE]
             [--domain D] [--config FILE] [--data-dir DIR]
      Every incident opened (first call received) in [from, to) as EIDO, each validated against
      the NENA schema: NDJSON on stdout or in the file PATH, or one PATH/<id>.json each. An
      invalid one is named on stderr with its schema path and not written (exit code 1).
  cad rms report --from ISO --to ISO [--agency A] [--db FILE] [--config FILE] [--svg FILE]
             [--format markdown|json]
      Response intervals per priority and incident type (p50, p90, share within the NENA and
      NFPA targets, total response against each priority's target) as Markdown tables, or every
      table as JSON for dashboards; --svg also writes the chart.
  cad rms opendata --from ISO --to ISO --format csv|geojson --out FILE [--now ISO] [--agency A]
             [--db FILE] [--config FILE]
      The period's calls for service as open data by the config's openData rules: a public
      category, priority, the hour, a grid cell's point (never the call's), sensitive types
      withheld, groups of (area, category, day) under k suppressed, calls newer than now minus
      the delay held back. FILE.meta.json says what was withheld.
  cad rms validate FILE... [--data-dir DIR]
      Validates EIDO documents against the NENA schema in DIR/nena-eido.
  cad rms dump [--agency A] [--db FILE] [--full]
      The sha256 of the canonical dump of the records (--full: the dump itself).
  cad rms audit [--agency A] [--db FILE] [--operator U] [--action A] [--since ISO] [--limit N]
      The console's audit records (stream CAD_AUDIT_A) the RMS keeps, oldest first: the latest
      N (default 100) matching rows. --action also takes invalid and gap (rows for messages that
      were not valid audit records, and for records missing from the stream).
`;

const COMMON = {
  agency: { type: "string", default: "demo" },
  db: { type: "string" },
  nats: { type: "string", default: "nats://127.0.0.1:4222" },
  config: { type: "string" },
} as const;

const say = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);
const dbPathOf = (values: { db?: string | undefined; agency: string }) =>
  values.db ?? join("data", `${values.agency}.rms.sqlite`);

/** `cad rms <action>`. */
export async function runRms(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  switch (action) {
    case "run":
      return run(rest);
    case "status":
      return status(rest);
    case "export":
      return rest.some((a) => a === "--from" || a.startsWith("--from="))
        ? runBulkExport(rest)
        : exportEido(rest);
    case "report":
      return runReport(rest);
    case "opendata":
      return runOpenData(rest);
    case "validate":
      return validate(rest);
    case "dump":
      return dump(rest);
    case "audit":
      return runAuditList(rest);
    default:
      process.stderr.write(`cad rms: unknown action "${action ?? ""}"\n\n${RMS_USAGE}`);
      return 2;
  }
}

async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...COMMON,
      ...NATS_AUTH_FLAGS,
      durable: { type: "string", default: "rms" },
      "ack-wait": { type: "string", default: "30" },
      batch: { type: "string", default: "256" },
    },
  });
  const auth = natsAuthOf(values, "cad rms run", say);
  const dbPath = dbPathOf(values);
  mkdirSync(dirname(dbPath), { recursive: true });
  const ackWait = Number(values["ack-wait"]);
  const batch = Number(values.batch);
  if (!(ackWait > 0) || !(batch >= 1)) throw new Error("--ack-wait and --batch must be numbers > 0");
  const consumer = await RmsConsumer.start({
    agency: values.agency,
    servers: values.nats,
    dbPath,
    durable: values.durable,
    ackWaitMs: ackWait * 1000,
    batch: Math.floor(batch),
    auth,
    log: say,
  });
  say(
    `cad-rms ${values.agency}: recording ${agencySubjects(values.agency).eventStream} from ${values.nats} into ${dbPath}`,
  );
  const signalled = new Promise<string>((resolve) => {
    process.once("SIGTERM", () => resolve("SIGTERM"));
    process.once("SIGINT", () => resolve("SIGINT"));
  });
  const failed = consumer.done.then(
    () => "",
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  const refused = consumer.credentialsRefused.then((r) => r ?? new Promise<never>(() => undefined));
  const why = await Promise.race([signalled, failed, refused]);
  if (typeof why !== "string") {
    // Expired or revoked credentials: the consumer can never read again; stop (exit 3, as the
    // engine's FATAL lines do) for a supervisor to restart it with new ones.
    say(`cad-rms ${values.agency}: FATAL CREDENTIALS_REFUSED: NATS closed the connection: ${why.message}`);
    await consumer.stop().catch(() => undefined);
    return 3;
  }
  const s = consumer.stats;
  const a = consumer.audit.stats;
  if (why !== "SIGTERM" && why !== "SIGINT") {
    say(`cad-rms ${values.agency}: stopped: ${why}`);
    await consumer.stop().catch(() => undefined);
    return 1;
  }
  await consumer.stop();
  say(
    `cad-rms ${values.agency}: stopped on ${why} at stream sequence ${consumer.store.current.lastSeq} (${s.applied} applied, ${s.duplicates} duplicates skipped, ${s.redelivered} redelivered, ${s.resyncs} resyncs; audit: ${a.applied} records stored, ${a.invalid} invalid)`,
  );
  return 0;
}

async function status(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...COMMON, ...NATS_AUTH_FLAGS } });
  let auth: NatsAuth | string;
  try {
    auth = natsAuthOf(values, "cad rms status");
  } catch (error) {
    // The records are worth showing without NATS: only the lag line needs the credentials.
    if (!isCredentialsError(error)) throw error;
    auth = error.message;
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
      : await lagLine(values.nats, auth, s.eventStream, position?.last_seq ?? 0),
  );
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

async function lagLine(servers: string, auth: NatsAuth, stream: string, lastSeq: number): Promise<string> {
  try {
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

function exportEido(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...COMMON, domain: { type: "string" } },
  });
  const [incidentId] = positionals;
  if (incidentId === undefined) throw new Error("cad rms export: name an incident (e.g. INC-000001)");
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

function validate(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { "data-dir": { type: "string" } },
  });
  const validator = loadEidoValidator(eidoSchemaDir(values["data-dir"]));
  let failures = 0;
  for (const file of positionals) {
    const result = validator(JSON.parse(readFileSync(file, "utf8")));
    if (!result.valid) failures++;
    process.stdout.write(`${file}: ${result.valid ? "valid" : `INVALID ${result.errors.join("; ")}`}\n`);
  }
  return failures === 0 ? 0 : 1;
}

function dump(args: string[]): number {
  const { values } = parseArgs({ args, options: { ...COMMON, full: { type: "boolean", default: false } } });
  const db = openRmsDatabase(dbPathOf(values), { readonly: true });
  process.stdout.write(values.full ? `${canonicalDump(db).join("\n")}\n` : `${dumpDigest(db)}\n`);
  db.close();
  return 0;
}
