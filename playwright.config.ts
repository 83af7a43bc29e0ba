import fs from "node:fs";
import { chromium, defineConfig } from "@playwright/test";
import { E2E_SMTP_PORT } from "./tests/e2e/support/mailbox";
import { E2E_OIDC } from "./tests/e2e/support/oidc";

// Debian's Chromium where it exists (browser downloads fail offline), else Playwright's own.
function chromiumPath(): string | undefined {
  if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  if (fs.existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    "No Chromium for the end-to-end tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu), " +
      "or `npx playwright install chromium` where downloads are allowed.",
  );
}

export const E2E_PORT = 3100;

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "chromium", testIgnore: /screenshots\.ts$/ },
    // `npm run screenshots`: the README's pictures, taken from the real app.
    { name: "screenshots", testMatch: /screenshots\.ts$/ },
  ],
  webServer: {
    // The production path: the same start script as `npm start`, on a fresh database that it
    // migrates and seeds, with a `next build` when the sources changed.
    command: "node --import tsx tests/e2e/server.mts",
    url: `http://127.0.0.1:${E2E_PORT}/api/ready`,
    env: {
      PORT: String(E2E_PORT),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      APP_URL: `http://127.0.0.1:${E2E_PORT}`,
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      MAIL_FROM: "ScanAware tests <tests@scanaware.test>",
      OIDC_ISSUER: E2E_OIDC.issuer,
      OIDC_CLIENT_ID: E2E_OIDC.clientId,
      OIDC_CLIENT_SECRET: E2E_OIDC.clientSecret,
      OIDC_NAME: E2E_OIDC.name,
      // Some tests change data behind the app's back (SQL), which the page cache only notices when
      // its pages expire: short, so that those changes show within the tests' polling.
      PAGE_CACHE_SECONDS: "5",
    },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
