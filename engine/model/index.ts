export * from "./inputs.ts";
export * from "./events.ts";
export * from "./state.ts";
export * from "./rejection.ts";
export * from "./never.ts";
