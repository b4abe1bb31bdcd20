import { runAuthInit } from "./auth.ts";
import { AUTH_USER_ACTIONS, runAuthUser, type AuthUserAction } from "./auth-user.ts";
import { runSeattleReplay } from "./replay.ts";
import { snapshotPath } from "./serve.ts";
import { runSnapshot } from "./snapshot.ts";
import { checks, command, type Command, type Options } from "./spec.ts";

const SNAPSHOT_FLAGS = {
  "data-dir": { type: "string", default: "data", arg: "DIR", help: "where cad serve --data-dir keeps them" },
  agency: { type: "string", default: "demo", arg: "A", help: "the agency" },
} as const satisfies Options;

const snapshotList = command(
  {
    path: "snapshot list",
    synopsis: "[options]",
    summary: "lists an agency's snapshots",
    description:
      "Lists the snapshots of an agency in DIR/A.snapshots.sqlite: id, last input, engine time, size, when written and by which engine version.",
    options: SNAPSHOT_FLAGS,
  },
  (values) => runSnapshot("list", snapshotPath(values["data-dir"], values.agency), values.agency, undefined),
);

const snapshotInspect = command(
  {
    path: "snapshot inspect",
    synopsis: "ID [options]",
    summary: "one snapshot's header and what its state holds",
    description:
      "Prints snapshot ID's header and the counts of what its state holds (incidents, units, calls, timers), as JSON.",
    options: SNAPSHOT_FLAGS,
    positionals: { min: 1, max: 1 },
  },
  (values, [id]) =>
    runSnapshot("inspect", snapshotPath(values["data-dir"], values.agency), values.agency, id),
);

const snapshotVerify = command(
  {
    path: "snapshot verify",
    synopsis: "[ID] [options]",
    summary: "verifies snapshots (checksum and decoding)",
    description:
      "Verifies snapshot ID, or every snapshot of the agency: checksum and decoding. Exit code 1 when one is bad.",
    options: SNAPSHOT_FLAGS,
    positionals: { min: 0, max: 1 },
  },
  (values, [id]) => runSnapshot("verify", snapshotPath(values["data-dir"], values.agency), values.agency, id),
);

const replaySeattle = command(
  {
    path: "replay seattle",
    synopsis: "[DATA_DIR] [options]",
    summary: "replays the Seattle Fire Department's 2017 dispatch log through the engine",
    description: `Replays the Seattle Fire Department's 2017 dispatch log through the engine (units start at their
home stations and stay busy for a modelled time) and compares the engine's first recommended unit
of each kind with the unit SFD sent. DATA_DIR is the shared data folder (default: $CAD_DATA_DIR or
../shared/data).`,
    options: {
      from: {
        type: "string",
        default: "2017-06-01",
        arg: "DATE",
        help: "the first day",
        check: checks.isoTime,
      },
      to: {
        type: "string",
        default: "2017-06-19",
        arg: "DATE",
        help: "the day after the last",
        check: checks.isoTime,
      },
      busy: {
        type: "string",
        arg: "KIND=MIN,...",
        help: "minutes a unit of each kind stays busy (e.g. aid=5,medic=20)",
        shownDefault: "the replay's model",
      },
    },
    positionals: { min: 0, max: 1 },
  },
  (values, [dataDir]) =>
    runSeattleReplay({
      dataDir: dataDir ?? process.env["CAD_DATA_DIR"] ?? "../shared/data",
      from: values.from,
      to: values.to,
      busy: values.busy,
    }),
);

const authInit = command(
  {
    path: "auth init",
    synopsis: "--agencies A[,B..] --out DIR [options]",
    summary: "writes the NATS credentials of every agency and role (operator/JWT mode)",
    description: `Writes NATS credentials (operator/JWT mode): DIR/nats-server.conf (an operator, the system
account SYS and one account per agency with JetStream), DIR/A/<role>.creds for the roles engine,
intake, avl, mdt, console, rms, clock, admin (and sim with --sim), and DIR/A/mdt/<unit>.creds per
--mdt-units terminal; seeds in DIR/keys (keep it secret). Start the server: nats-server -c
DIR/nats-server.conf -a 127.0.0.1 -p PORT -js -sd STORE. See the README, Credentials.`,
    options: {
      agencies: { type: "string", arg: "A[,B..]", help: "the agencies (required)" },
      out: { type: "string", arg: "DIR", help: "where the files go (required)" },
      share: { type: "string", multiple: true, arg: "A:B", help: "B's console and rms hear A's events live" },
      eido: {
        type: "string",
        multiple: true,
        arg: "A:B",
        help: "A and B exchange EIDO: each one's rms relay may publish into the other's cad.X.in.eido",
      },
      "mdt-units": {
        type: "string",
        multiple: true,
        arg: "A:U1,U2",
        help: "a creds file per mobile terminal",
      },
      sim: { type: "boolean", default: false, help: "a sim role too (the demo's city)" },
      expires: {
        type: "string",
        arg: "DAYS",
        help: "user JWTs expire after DAYS days",
        shownDefault: "never",
        check: checks.positive,
      },
      force: {
        type: "boolean",
        default: false,
        help: "replace an existing DIR (every earlier creds file stops working)",
      },
    },
  },
  (values) => runAuthInit(values),
);

const USER_FLAGS = {
  users: { type: "string", default: "console-users.json", arg: "FILE", help: "the console's users file" },
} as const satisfies Options;
const PASSWORD_FLAG = {
  "password-file": {
    type: "string",
    arg: "FILE",
    help: "read the password (12 characters or more) from its first line",
    shownDefault: "standard input, not echoed",
  },
} as const satisfies Options;

const UNIT_FLAG = {
  unit: {
    type: "string",
    arg: "U",
    help: "a unit terminal's user (--role unit): the unit it reports for",
  },
} as const satisfies Options;

/** What each `cad auth user` action takes besides --users. */
const USER_ACTIONS: Record<
  AuthUserAction,
  { synopsis: string; summary: string; options: Options; min: number }
> = {
  add: {
    synopsis: "USER --agency A --role R [options]",
    summary: "adds a console user",
    options: {
      agency: { type: "string", arg: "A", help: "the user's agency (required)" },
      role: {
        type: "string",
        arg: "R",
        help: "viewer, call-taker, dispatcher, supervisor or unit (required)",
      },
      ...UNIT_FLAG,
      ...PASSWORD_FLAG,
    },
    min: 1,
  },
  passwd: {
    synopsis: "USER [options]",
    summary: "sets a console user's password",
    options: PASSWORD_FLAG,
    min: 1,
  },
  disable: {
    synopsis: "USER [options]",
    summary: "a console user can no longer log in",
    options: { role: { type: "string", arg: "R", help: "with a new role" }, ...UNIT_FLAG },
    min: 1,
  },
  enable: {
    synopsis: "USER [options]",
    summary: "a disabled console user can log in again",
    options: { role: { type: "string", arg: "R", help: "with a new role" }, ...UNIT_FLAG },
    min: 1,
  },
  list: {
    synopsis: "[options]",
    summary: "lists the console's users: name, agency, role, state",
    options: {},
    min: 0,
  },
};

const authUser = AUTH_USER_ACTIONS.map((action) => {
  const a = USER_ACTIONS[action];
  return command(
    {
      path: `auth user ${action}`,
      synopsis: a.synopsis,
      summary: a.summary,
      description: `${a.summary[0]?.toUpperCase()}${a.summary.slice(1)}, in the console's users file (see docs/console.md).`,
      options: { ...USER_FLAGS, ...a.options },
      positionals: { min: a.min, max: a.min },
    },
    (values, [name]) => {
      // The action's own options only: the others are refused by its spec.
      const all: Readonly<Record<string, unknown>> = values;
      const text = (key: string) => {
        const value = all[key];
        return typeof value === "string" ? value : undefined;
      };
      const flags = {
        users: text("users") ?? "console-users.json",
        agency: text("agency"),
        role: text("role"),
        unit: text("unit"),
      };
      return runAuthUser(action, { ...flags, "password-file": text("password-file") }, name);
    },
  );
});

export const TOOL_COMMANDS: readonly Command[] = [
  snapshotList,
  snapshotInspect,
  snapshotVerify,
  replaySeattle,
  authInit,
  ...authUser,
];
