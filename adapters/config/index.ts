export {
  ADAPTER_BLOCKS,
  ConfigError,
  adapterBlock,
  DEFAULT_CONFIG_PATH,
  configSourceOfText,
  loadConfigFile,
  loadConfigSource,
  parseConfigText,
  sha256Hex,
  type ConfigSource,
} from "./load.ts";
