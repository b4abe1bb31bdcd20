import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assertValidTravelModel, DEFAULT_TRAVEL_MODEL, travelSeconds, type TravelModel } from "./travel.ts";

const param = fc.double({ min: 0, max: 1000, noNaN: true });
const model: fc.Arbitrary<TravelModel> = fc.oneof(
  fc.record({ baseSeconds: param, secondsPerKm: param }),
  fc.record({
    baseSeconds: param,
    secondsPerKm: param,
    knee: fc.record({ km: fc.double({ min: 0, max: 50, noNaN: true }), secondsPerKm: param }),
  }),
);
const distanceMeters = fc.double({ min: -1000, max: 200_000, noNaN: true });

describe("travelSeconds", () => {
  it("is non-decreasing in distance for every valid model", () => {
    fc.assert(
      fc.property(model, distanceMeters, distanceMeters, (m, a, b) => {
        const [near, far] = a <= b ? [a, b] : [b, a];
        expect(travelSeconds(m, near)).toBeLessThanOrEqual(travelSeconds(m, far));
      }),
      { numRuns: 2000 },
    );
  });

  it("never goes below the base time, and a non-positive distance costs exactly the base", () => {
    fc.assert(
      fc.property(model, distanceMeters, (m, d) => {
        expect(travelSeconds(m, d)).toBeGreaterThanOrEqual(m.baseSeconds);
        if (d <= 0) expect(travelSeconds(m, d)).toBe(m.baseSeconds);
      }),
    );
  });

  it("is a straight line without a knee", () => {
    const line = { baseSeconds: 100, secondsPerKm: 150 };
    expect(travelSeconds(line, 0)).toBe(100);
    expect(travelSeconds(line, 2000)).toBe(400);
    expect(travelSeconds(line, 500)).toBe(175);
  });

  it("changes slope at the knee and stays continuous there", () => {
    const kneed = { baseSeconds: 60, secondsPerKm: 170, knee: { km: 2, secondsPerKm: 120 } };
    expect(travelSeconds(kneed, 1000)).toBe(230);
    expect(travelSeconds(kneed, 2000)).toBe(400);
    expect(travelSeconds(kneed, 2000 + 1e-6)).toBeCloseTo(400, 6);
    expect(travelSeconds(kneed, 5000)).toBe(760);
  });
});

describe("DEFAULT_TRAVEL_MODEL", () => {
  it("has positive, valid parameters", () => {
    expect(DEFAULT_TRAVEL_MODEL.baseSeconds).toBeGreaterThan(0);
    expect(DEFAULT_TRAVEL_MODEL.secondsPerKm).toBeGreaterThan(0);
    if (DEFAULT_TRAVEL_MODEL.knee !== undefined) {
      expect(DEFAULT_TRAVEL_MODEL.knee.km).toBeGreaterThan(0);
      expect(DEFAULT_TRAVEL_MODEL.knee.secondsPerKm).toBeGreaterThan(0);
    }
    expect(() => assertValidTravelModel(DEFAULT_TRAVEL_MODEL)).not.toThrow();
  });

  it("gives urban-plausible times: 1 km in 3-5 minutes, 5 km in 12-16 minutes", () => {
    expect(travelSeconds(DEFAULT_TRAVEL_MODEL, 1000)).toBeGreaterThan(180);
    expect(travelSeconds(DEFAULT_TRAVEL_MODEL, 1000)).toBeLessThan(300);
    expect(travelSeconds(DEFAULT_TRAVEL_MODEL, 5000)).toBeGreaterThan(720);
    expect(travelSeconds(DEFAULT_TRAVEL_MODEL, 5000)).toBeLessThan(960);
  });

  it("cannot be mutated at run time", () => {
    expect(Object.isFrozen(DEFAULT_TRAVEL_MODEL)).toBe(true);
  });
});

describe("assertValidTravelModel", () => {
  const bad: [string, TravelModel, RegExp][] = [
    [
      "negative base",
      { baseSeconds: -1, secondsPerKm: 100 },
      /baseSeconds must be a finite number >= 0, got -1/,
    ],
    [
      "NaN slope",
      { baseSeconds: 1, secondsPerKm: NaN },
      /secondsPerKm must be a finite number >= 0, got NaN/,
    ],
    ["infinite slope", { baseSeconds: 1, secondsPerKm: Infinity }, /secondsPerKm/],
    [
      "decreasing beyond the knee",
      { baseSeconds: 1, secondsPerKm: 100, knee: { km: 2, secondsPerKm: -5 } },
      /knee.secondsPerKm must be a finite number >= 0/,
    ],
    ["negative knee", { baseSeconds: 1, secondsPerKm: 100, knee: { km: -2, secondsPerKm: 5 } }, /knee.km/],
  ];
  it.each(bad)("rejects %s", (_label, m, message) => {
    expect(() => assertValidTravelModel(m)).toThrow(message);
  });

  it("accepts zero parameters (a flat model is still monotone)", () => {
    expect(() => assertValidTravelModel({ baseSeconds: 0, secondsPerKm: 0 })).not.toThrow();
  });
});
