import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // eslint-config-next registers jsx-a11y but turns on only six of its rules; we want the whole
    // recommended set (labels, keyboard access, roles…), warnings included — lint runs with --max-warnings 0.
    files: ["**/*.{jsx,tsx}"],
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A horizontally scrolling region (a wide table at 375 px) must take focus so keyboard users can scroll it
      // (WCAG 2.1.1; axe's scrollable-region-focusable), so tabIndex={0} is right on role="region" as well.
      "jsx-a11y/no-noninteractive-tabindex": [
        "error",
        { tags: [], roles: ["tabpanel", "region"], allowExpressionValues: true },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Last: turns off the stylistic rules that prettier owns.
  prettier,
  {
    // Prettier wraps code at 120 but leaves long strings, comments and JSX text alone; this catches those.
    rules: {
      "max-len": [
        "error",
        {
          code: 120,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".data/**",
    "lib/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "tests/e2e/.artifacts/**",
  ]),
]);
