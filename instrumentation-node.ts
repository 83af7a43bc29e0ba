import { EnvError, envSchema, parseEnv } from "@/lib/env";

// A bad configuration stops the server with a message naming each variable, instead of failing
// on the first request.
try {
  parseEnv(envSchema);
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
