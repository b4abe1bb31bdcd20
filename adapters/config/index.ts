export { ConfigError, DEFAULT_CONFIG_PATH, loadConfigFile, parseConfigText } from "./load.ts";
