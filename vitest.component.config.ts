import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Component tests: React components rendered in jsdom with @testing-library/react.
export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL(".", import.meta.url)).replace(/\/$/, "") },
  },
  test: {
    include: ["tests/component/**/*.test.tsx"],
    environment: "jsdom",
    setupFiles: ["tests/component/setup.ts"],
  },
});
