import { join, resolve } from "node:path";
import { AuthInitError, initAuth, type Share } from "../auth/nats-auth.ts";

/** The flags of `cad auth init` (checked by its spec in commands-tools.ts). */
export interface AuthInitFlags {
  readonly agencies?: string | undefined;
  readonly out?: string | undefined;
  readonly share?: string[] | undefined;
  readonly eido?: string[] | undefined;
  readonly "mdt-units"?: string[] | undefined;
  readonly sim: boolean;
  readonly expires?: string | undefined;
  readonly force: boolean;
}

function pair(text: string, flag: string): [string, string] {
  const i = text.indexOf(":");
  if (i <= 0 || i === text.length - 1)
    throw new AuthInitError(
      flag === "--mdt-units" ? "BAD_MDT_UNITS" : "BAD_SHARE",
      `${flag} ${text}: expected ${flag === "--mdt-units" ? "AGENCY:UNIT1,UNIT2" : "FROM:TO"}`,
    );
  return [text.slice(0, i), text.slice(i + 1)];
}

/** `cad auth init`: 0 written, 2 refused (bad flags, existing DIR without --force). */
export async function runAuthInit(values: AuthInitFlags): Promise<number> {
  try {
    if (values.agencies === undefined || values.out === undefined)
      throw new AuthInitError("BAD_FLAGS", "--agencies and --out are required");
    const expiresDays = values.expires === undefined ? undefined : Number(values.expires);
    if (expiresDays !== undefined && !(expiresDays > 0))
      throw new AuthInitError("BAD_FLAGS", `--expires must be a number of days > 0, got "${values.expires}"`);
    const shares: Share[] = (values.share ?? []).map((s) => {
      const [from, to] = pair(s, "--share");
      return { from, to };
    });
    const eido: Share[] = (values.eido ?? []).map((s) => {
      const [from, to] = pair(s, "--eido");
      return { from, to };
    });
    const mdtUnits: Record<string, string[]> = {};
    for (const m of values["mdt-units"] ?? []) {
      const [agency, list] = pair(m, "--mdt-units");
      mdtUnits[agency] = [...(mdtUnits[agency] ?? []), ...list.split(",").filter((u) => u !== "")];
    }
    const layout = await initAuth({
      agencies: values.agencies.split(",").filter((a) => a !== ""),
      out: values.out,
      shares,
      eido,
      mdtUnits,
      sim: values.sim,
      expiresDays,
      force: values.force,
    });
    const dir = resolve(layout.dir);
    const lines = [
      `wrote ${layout.conf} (operator ${layout.operatorPublicKey}, system account SYS ${layout.systemAccount})`,
      ...Object.entries(layout.accounts).map(([agency, key]) => `  account ${agency} ${key}`),
      `wrote ${layout.files.length} creds files (0600) under ${dir}:`,
      ...layout.files.map((f) => `  ${f}`),
      `seeds in ${join(dir, "keys")}: keep that directory secret (it can issue creds for every agency)`,
      "",
      "Start the server:",
      `  nats-server -c ${join(dir, "nats-server.conf")} -a 127.0.0.1 -p 4222 -js -sd STORE_DIR`,
      "Then create each agency's streams with its admin creds, e.g.:",
      `  cad streams create --agency ${Object.keys(layout.accounts)[0] ?? "A"} --creds ${join(dir, Object.keys(layout.accounts)[0] ?? "A", "admin.creds")}`,
      "",
    ];
    process.stdout.write(lines.join("\n"));
    return 0;
  } catch (error) {
    if (error instanceof AuthInitError) {
      process.stderr.write(`cad auth init: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
