import { describe, expect, it } from "vitest";
import { apparatusCellIds, unitKind, unitKindFromTypeName } from "./units.ts";

describe("unitKind", () => {
  it.each([
    ["E17", "engine"],
    ["E5", "engine"],
    ["L7", "ladder"],
    ["M16", "medic"],
    ["M44", "medic"],
    ["A5", "aid"],
    ["A86", "aid"],
    ["B4", "chief"],
    ["DEP1", "chief"],
    ["SAFT2", "chief"],
    ["234", "chief"],
    ["AIR9", "other"],
    ["AIR240", "other"],
    ["MAB1", "other"],
    ["MAR5", "other"],
    ["MARINE1", "other"],
    ["STAF10", "other"],
    ["E", "other"],
    ["e5", "other"],
    ["M/A84", "other"],
  ] as const)("%s is %s", (id, kind) => {
    expect(unitKind(id)).toBe(kind);
  });
});

describe("unitKindFromTypeName", () => {
  it("maps units.json names", () => {
    expect(unitKindFromTypeName("Engine #")).toBe("engine");
    expect(unitKindFromTypeName("Medic #")).toBe("medic");
    expect(unitKindFromTypeName("Medical Ambulance Bus #")).toBe("other");
    expect(unitKindFromTypeName("Aid #")).toBe("aid");
    expect(unitKindFromTypeName("Air Bottle Unit #")).toBe("other");
    expect(unitKindFromTypeName("Battalion #")).toBe("chief");
    expect(unitKindFromTypeName("Safety Chief #")).toBe("chief");
    expect(unitKindFromTypeName("Marshal #")).toBe("other");
  });
});

describe("apparatusCellIds", () => {
  it("reads single ids, shared-number cells and free text", () => {
    expect(apparatusCellIds("E31")).toEqual(["E31"]);
    expect(apparatusCellIds(" STAF10 ")).toEqual(["STAF10"]);
    expect(apparatusCellIds("M/A84")).toEqual(["M84", "A84"]);
    expect(apparatusCellIds("Fireboat Chief Seattle")).toEqual([]);
    expect(apparatusCellIds("Rescue Boat 5")).toEqual([]);
    expect(apparatusCellIds("")).toEqual([]);
  });
});
