import pino from "pino";

// One JSON line per event. Secrets are redacted by key wherever they appear; request logs carry
// the path without its query string, so what patients search for is never written down.
const REDACTED_KEYS = ["password", "passwordHash", "secret", "token", "authorization", "cookie", "connectionString", "databaseUrl"];

export function createLogger(destination?: pino.DestinationStream) {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? "info",
      base: { service: "scanaware" },
      redact: { paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`]), censor: "[redacted]" },
    },
    destination,
  );
}

export const logger = createLogger();
