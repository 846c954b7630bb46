import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Run through `npm run test:integration` (scripts/with-test-db.ts provides a migrated DATABASE_URL).
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Server modules import "server-only", which throws outside a React Server Components build.
      "server-only": path.join(root, "tests/support/empty.ts"),
    },
  },
  test: {
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    // Test files share one database that setup.ts truncates before each test.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    setupFiles: ["tests/integration/setup.ts"],
  },
});
