// Accessibility checks with axe-core on every page the e2e suite visits: `screenshot(page, name)`
// (fixtures.ts) calls checkAccessibility at 375 px, and the `test` exported here checks the test's
// own `page` once more after each test. WCAG 2.0/2.1 A and AA rules; an issue of impact serious or
// critical fails the test (softly: the test goes on, so one run lists every finding), with the rule
// id, the elements and axe's own Chinese help text (axe-core/locales/zh_CN.json).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

const require = createRequire(import.meta.url);

/** axe-core with its Chinese messages configured (injected as is into the page under test). */
const AXE_SOURCE = [
  readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"),
  `;axe.configure({ locale: ${readFileSync(require.resolve("axe-core/locales/zh_CN.json"), "utf8")} });`,
].join("\n");

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const FAILING_IMPACTS = new Set(["serious", "critical"]);
const IMPACT_NAMES: Record<string, string> = { critical: "严重", serious: "较重" };

/**
 * The page's address with ids left out, so that one kind of page is checked once per worker:
 * /staff/registrations/cmab12… and /staff/registrations/cmcd34… are the same page.
 */
function pageKey(url: string): string {
  const { pathname } = new URL(url);
  return pathname
    .split("/")
    .map((segment) => (/\d/.test(segment) && segment.length >= 8 ? ":id" : segment))
    .join("/");
}

const checked = new Set<string>();

/**
 * Runs axe on `page` unless a page at the same address (ids aside) has been checked already in this
 * worker; records serious and critical issues as a soft failure of the current test.
 */
export async function checkAccessibility(page: Page, name: string) {
  if (page.isClosed()) return;
  const url = page.url();
  if (!url.startsWith("http")) return;
  const key = pageKey(url);
  if (checked.has(key)) return;
  checked.add(key);
  const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE })
    .withTags(TAGS)
    // Legacy mode runs axe in the page itself: the app has no cross-origin frames, and it spares
    // opening a second tab for every check (which a spec waiting for a popup could mistake).
    .setLegacyMode(true)
    .analyze();
  const issues = results.violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ""));
  const report = issues.map((v) => {
    const targets = v.nodes.slice(0, 5).map((n) => `    - ${n.target.join(" ")}：${n.failureSummary ?? ""}`);
    const more = v.nodes.length > 5 ? [`    …另有 ${v.nodes.length - 5} 处`] : [];
    return [`  [${IMPACT_NAMES[v.impact!]}] ${v.id}：${v.help}（${v.helpUrl}）`, ...targets, ...more].join("\n");
  });
  expect.soft(report, `${name}（${key}）：无障碍检查发现 ${issues.length} 类较重/严重问题`).toEqual([]);
}

/** Playwright's `test`, checking the test's `page` with axe once more after the test. */
export const test = base.extend<{ axeAfterTest: void }>({
  axeAfterTest: [
    async ({ page }, use, testInfo) => {
      await use();
      if (testInfo.status === testInfo.expectedStatus) await checkAccessibility(page, `${testInfo.title}（结束时）`);
    },
    { auto: true },
  ],
});
