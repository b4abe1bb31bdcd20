/** The web dispatch console: `startConsole` serves the page and speaks NATS for it (see docs/console.md). */
export { startConsole, type ConsoleOptions, type ConsoleServer } from "./server.ts";
export {
  CONTENT_SECURITY_POLICY,
  ConsoleStartError,
  commandLogLine,
  requestGuard,
  securityHeaders,
  type CommandLogEntry,
  type ConsoleAddress,
  type TlsFiles,
} from "./http.ts";
export { ConsoleGateway, type ClientSink, type GatewayOptions } from "./gateway.ts";
export { CommandError, parseCommandRequest } from "./commands.ts";
export { consoleConfig, loadZonesGeoJSON } from "./config-view.ts";
export { ConsoleModel, type ConsoleIncident, type ConsoleUnit } from "./web/model.ts";
export { planCounts, unitsToSend } from "./web/plan.ts";
export type * from "./web/protocol.ts";
