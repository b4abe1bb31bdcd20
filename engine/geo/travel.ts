/**
 * Travel time as a function of great-circle distance: `baseSeconds + secondsPerKm · km`, with an
 * optional knee beyond which the slope changes (longer trips reach arterials and go faster).
 * Every valid model is continuous and non-decreasing in distance, which the recommendation
 * search relies on to stop scanning once a unit is farther than the best ETA found so far.
 */
export interface TravelModel {
  /** Travel time of a zero-length trip: street-network detour and start/stop overhead. */
  readonly baseSeconds: number;
  /** Slope up to `knee.km`, or everywhere when there is no knee. */
  readonly secondsPerKm: number;
  /** Optional second segment: beyond `km` kilometres the slope is `secondsPerKm`. */
  readonly knee?: { readonly km: number; readonly secondsPerKm: number };
}

/**
 * Default model, calibrated by `bench/calibrate-eta.ts` (see docs/eta-calibration.md): an
 * ordinary least-squares fit of 1,062 Google drive times (Seattle medic units, 2016, no traffic)
 * on the haversine distance to the dispatched station, giving 104.886 s + 139.754 s/km (rounded
 * here to 0.01). MAE 74.0 s, RMSE 98.1 s, 5-fold CV MAE 74.1 s. A knee at 2.25 km
 * (65.5 s + 165.2 s/km, then 125.2 s/km) improved CV MAE by under 1 s, so the line was kept.
 */
export const DEFAULT_TRAVEL_MODEL: TravelModel = Object.freeze({
  baseSeconds: 104.89,
  secondsPerKm: 139.75,
});

/**
 * Travel seconds for a trip of `distanceMeters` (negative distances count as zero).
 * Non-decreasing in distance for any model that passes {@link assertValidTravelModel}.
 */
export function travelSeconds(model: TravelModel, distanceMeters: number): number {
  const km = Math.max(0, distanceMeters) / 1000;
  const knee = model.knee;
  if (knee === undefined || km <= knee.km) return model.baseSeconds + model.secondsPerKm * km;
  return model.baseSeconds + model.secondsPerKm * knee.km + knee.secondsPerKm * (km - knee.km);
}

/**
 * Throws when a model could give negative or decreasing travel times (a configuration bug).
 * @throws Error naming the offending parameter
 */
export function assertValidTravelModel(model: TravelModel): void {
  const check = (label: string, value: number): void => {
    if (!Number.isFinite(value) || value < 0) {
      throw new Error(`TravelModel: ${label} must be a finite number >= 0, got ${value}`);
    }
  };
  check("baseSeconds", model.baseSeconds);
  check("secondsPerKm", model.secondsPerKm);
  if (model.knee !== undefined) {
    check("knee.km", model.knee.km);
    check("knee.secondsPerKm", model.knee.secondsPerKm);
  }
}
