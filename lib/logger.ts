import pino from "pino";

// One JSON line per event. Secrets are redacted by key wherever they appear; request logs carry
// the path without its query string, so what patients search for is never written down.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "scanaware" },
  redact: {
    paths: ["*.password", "*.passwordHash", "*.secret", "*.token", "*.authorization", "*.cookie", "*.connectionString", "*.databaseUrl"],
    censor: "[redacted]",
  },
});
