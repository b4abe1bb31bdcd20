/**
 * The pass-through as its own process, the way `cad serve` runs the engine:
 *   node --import tsx bench/e2e/passthrough-main.ts --agency A --nats URL [--creds FILE]
 * Prints "ready" once consuming (its plan arrives on e2e.A.plan); stops on SIGTERM or SIGINT.
 */
import { parseArgs } from "node:util";
import { PassThrough } from "./passthrough.ts";

const { values } = parseArgs({
  options: {
    agency: { type: "string" },
    nats: { type: "string" },
    // The engine role's creds (it does the engine's NATS work), on a secured server.
    creds: { type: "string" },
  },
});
if (values.agency === undefined || values.nats === undefined) {
  process.stderr.write("usage: passthrough-main.ts --agency A --nats URL [--creds FILE]\n");
  process.exit(2);
}
const service = await PassThrough.start({
  agency: values.agency,
  servers: values.nats,
  ...(values.creds !== undefined && { auth: { credsFile: values.creds } }),
});
process.stdout.write(`pass-through ${values.agency}: ready\n`);
await new Promise<void>((resolve) => {
  process.once("SIGTERM", resolve);
  process.once("SIGINT", resolve);
});
await service.stop();
const { inputs, published, unplanned } = service.counts;
process.stdout.write(
  `pass-through ${values.agency}: stopped (${inputs} inputs, ${published} published, ${unplanned} unplanned)\n`,
);
