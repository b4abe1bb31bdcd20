import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "@nats-io/transport-node";
import { describe, expect, it } from "vitest";
import { agencySubjects, natsServerAvailable, serveQueries } from "../../adapters/nats/index.ts";
import { SnapshotStore } from "../../adapters/sqlite/index.ts";
import type { EngineState } from "../../engine/index.ts";
import { useNatsServer } from "../support/nats.ts";
import { Scenario, call, config, near } from "../support/scenario.ts";

/** Three incidents, the first closed and reopened: live, it is now listed after the other two. */
function reopenedFirst(): Scenario {
  return new Scenario().given(
    call("C1", "THEFT", near(0, 0)),
    call("C2", "THEFT", near(3000, 0)),
    call("C3", "THEFT", near(6000, 0)),
    { kind: "CloseIncident", incidentId: "INC-000001", disposition: "REPORT" },
    { kind: "ReopenIncident", incidentId: "INC-000001", reason: "suspect returned" },
  );
}

describe.skipIf(!natsServerAvailable())("the state query after a restore (needs nats-server)", () => {
  const nats = useNatsServer();

  it("lists incidents in the live engine's order: a restored snapshot answers the state query as the live engine does", async () => {
    const live = reopenedFirst().state;
    expect([...live.active]).toEqual(["INC-000002", "INC-000003", "INC-000001"]);
    const dir = mkdtempSync(join(tmpdir(), "cad-order-"));
    const store = SnapshotStore.open(join(dir, "snapshots.sqlite"));
    store.write("order", "test", 5, live, 1);
    const restored = store.latestValid("order")!.state;
    store.close();
    expect([...restored.active]).toEqual([...live.active]);

    const nc = await connect({ servers: nats.server.url });
    const ask = async (agency: string, state: EngineState) => {
      const position = () => ({ lastInputSeq: 5, catchingUp: false, backlogSeq: 5, lag: 0 });
      const sub = serveQueries(nc, agencySubjects(agency), state, config, position);
      const reply = await nc.request(`cad.${agency}.q.state`, new Uint8Array(), { timeout: 10_000 });
      sub.unsubscribe();
      return reply.string();
    };
    const fromLive = await ask("order-live", live);
    const fromRestored = await ask("order-restored", restored);
    expect((JSON.parse(fromLive) as { incidents: { id: string }[] }).incidents.map((i) => i.id)).toEqual([
      "INC-000002",
      "INC-000003",
      "INC-000001",
    ]);
    expect(fromRestored).toBe(fromLive);
    await nc.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
