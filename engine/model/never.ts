/**
 * The default of a switch that names every member of a union: it compiles only while no member
 * is missing, so a new input kind or event type is found by the compiler. Reaching it is a bug.
 */
export function assertNever(value: never, what: string): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}
