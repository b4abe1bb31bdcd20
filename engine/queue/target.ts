/** What a dispatch target is read from: the config's call types and priority levels, or a view of them. */
export interface DispatchTargetConfig {
  readonly callTypes: {
    get(code: string): { readonly dispatchTargetSeconds: number | null } | undefined;
  };
  readonly priorities: { get(level: number): { readonly dispatchTargetSeconds: number } | undefined };
}

/** The fields of an incident its dispatch target depends on. */
export interface DispatchTargetFields {
  readonly callType: string;
  readonly priority: number;
}

/**
 * The longest a call of this type and priority may wait in the queue: its call type's own target
 * when it has one, else its priority's; undefined for a priority the config does not know.
 */
export function findDispatchTargetSeconds(
  config: DispatchTargetConfig,
  incident: DispatchTargetFields,
): number | undefined {
  const own = config.callTypes.get(incident.callType)?.dispatchTargetSeconds;
  if (own !== null && own !== undefined) return own;
  return config.priorities.get(incident.priority)?.dispatchTargetSeconds;
}

/** The dispatch target of an incident the engine holds: its priority is a configured one, or it is a bug. */
export function dispatchTargetSeconds(
  config: DispatchTargetConfig,
  incident: DispatchTargetFields & { readonly id: string },
): number {
  const target = findDispatchTargetSeconds(config, incident);
  if (target === undefined)
    throw new Error(`incident ${incident.id} has undefined priority ${incident.priority}`);
  return target;
}
