import { describe, expect, it } from "vitest";
import type { UnitsRecommended } from "../../engine/index.ts";
import { Scenario, call, config, near, unit } from "../support/scenario.ts";

describe("given many engines and one returning to quarters", () => {
  it("when the returning engine is farther but needs no turnout, then it is still found first (the search bound allows for it)", () => {
    // k = 1 makes the search prune as hard as it can.
    const s = new Scenario({ ...config, recommendation: { ...config.recommendation, topK: 1 } });
    // A ring of 60 engines 3-9 km out, so the index has many nodes to prune.
    for (let i = 0; i < 60; i++) {
      const angle = (i / 60) * 2 * Math.PI;
      const r = 3000 + (i % 7) * 1000;
      s.given(unit(`E${i}`, "engine", "metro-fire", near(r * Math.cos(angle), r * Math.sin(angle))));
    }
    s.given(
      unit("NEAR", "engine", "metro-fire", near(600, 0)),
      unit("RET", "engine", "metro-fire", near(-1000, 0)),
    );
    // Out-of-service engines packed around each, so the two sit in different nodes of the index.
    for (let i = 0; i < 12; i++) {
      for (const [name, x] of [
        ["N", 600],
        ["R", -1000],
      ] as const) {
        s.given(
          unit(
            `${name}${i}`,
            "engine",
            "metro-fire",
            near(x + (i % 4) * 30 - 45, Math.floor(i / 4) * 30 - 30),
          ),
        );
        s.given({ kind: "UpdateUnitStatus", unitId: `${name}${i}`, status: "out_of_service" });
      }
    }
    s.given(call("C0", "AFAR", near(-1000, 50)), {
      kind: "DispatchUnit",
      incidentId: "INC-000001",
      unitId: "RET",
    });
    s.given(
      { kind: "UpdateUnitStatus", unitId: "RET", status: "on_scene" },
      { kind: "UpdateUnitStatus", unitId: "RET", status: "returning" },
    );
    const r = s.when(call("C1", "AFAR", near(0, 0)));
    const rec = r.events.find((e): e is UnitsRecommended => e.type === "UnitsRecommended");
    // RET: 0 + 104.89 + 139.75 * 1.0 = 244.6 s; NEAR: 80 + 104.89 + 139.75 * 0.6 = 268.7 s.
    expect(rec?.slots[0]?.unit).toMatchObject({
      unitId: "RET",
      reasons: ["CLOSEST_BY_ETA", "AT_STATION", "RETURNING_NO_TURNOUT"],
    });
  });
});
