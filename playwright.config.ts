// End-to-end tests: one spec per section of the enterprise user guide (tests/e2e/guide-*.spec.ts).
// Run them with `npm run test:e2e` (scripts/e2e.ts), which starts a fresh database, an SMTP catcher
// and the app, then runs Playwright against it with E2E_BASE_URL and E2E_MAILBOX_URL set.
// The browser is Debian's chromium (never `npx playwright install`); CHROME_PATH overrides it.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_FLAGS } from "./scripts/lib/chromium-flags";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  // The specs share one app and one database, and walk through stateful workflows.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    baseURL: process.env.E2E_BASE_URL,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: [...CHROMIUM_FLAGS, "--lang=zh-CN"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
});
