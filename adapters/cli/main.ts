import { parseArgs } from "node:util";
import { ConfigError } from "../config/index.ts";
import { runDemo } from "./demo.ts";

const USAGE = `cad: the cad-engine command

  cad demo [--speed N] [--hours H] [--seed S] [--calls-per-hour C] [--config FILE]
      Runs the engine on the synthetic city "Metro": calls, AVL, a dispatcher and crews,
      with a live summary of the queue, dispatches and response times.
      --speed: simulated seconds per real second (default 60); 0 runs flat out.
      --hours: simulated hours to run, then print the final report (default: until Ctrl-C).
`;

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
        },
      });
      return runDemo({
        speed: Number(values.speed),
        hours: values.hours === undefined ? Infinity : Number(values.hours),
        seed: Number(values.seed),
        callsPerHour: Number(values["calls-per-hour"]),
        configPath: values.config,
      });
    }
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
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else
      process.stderr.write(
        `cad: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    process.exitCode = 1;
  },
);
