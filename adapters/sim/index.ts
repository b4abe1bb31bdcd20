export { CitySimulator, type SimInput, type SimOptions } from "./simulator.ts";
export { InProcessCity } from "./run.ts";
export { SimView } from "./view.ts";
export { formatSummary, summaryStateOf, type SummaryState } from "./summary.ts";
export { NatsCity } from "./nats-city.ts";
export { mulberry32 } from "./prng.ts";
export {
  CITY_UNITS,
  CITY_CENTRE,
  CITY_RADIUS_METERS,
  DEMO_CALLS_PER_HOUR,
  DEMO_SEED,
  DEMO_START,
  metroZones,
} from "./city.ts";
