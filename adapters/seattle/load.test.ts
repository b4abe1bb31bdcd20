import { describe, expect, it } from "vitest";
import { loadSeattleFire } from "./load.ts";

describe("loadSeattleFire arguments", () => {
  it("rejects a data folder without the Seattle files", async () => {
    await expect(loadSeattleFire("/nonexistent-cad-data")).rejects.toThrow(/Seattle Fire data not found/);
  });

  it.each([
    ["2017-06-31", "2017-07-01"],
    ["2017/06/01", "2017-06-02"],
    ["2017-06-05", "2017-06-01"],
  ])("rejects the window %s..%s", async (from, to) => {
    await expect(loadSeattleFire("/nonexistent-cad-data", { from, to })).rejects.toThrow(
      /bad day|empty window/,
    );
  });
});
