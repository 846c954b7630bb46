// Checks bench/support/server-action.ts against the browser: signs in with Chromium (playwright-core)
// on a running app, captures the login action's request, and compares its headers and multipart body
// with what encodeActionBody writes for the same form; then signs in with login() itself.
// tsx bench/action-capture.ts --base-url http://127.0.0.1:3000 [--portal staff --account reviewer --password …]
// Exit 1 on any difference.
import { parseArgs } from "node:util";
import { chromium, type Request } from "playwright-core";
import { actionId, encodeActionBody, login, type Portal } from "./support/server-action";

const { values: args } = parseArgs({
  options: {
    "base-url": { type: "string", default: "http://127.0.0.1:3000" },
    portal: { type: "string", default: "staff" },
    account: { type: "string", default: "reviewer" },
    password: { type: "string", default: "Review@2026" },
  },
});
const baseUrl = args["base-url"];
const portal = args.portal as Portal;
const LABELS: Record<Portal, string> = { enterprise: "统一社会信用代码或邮箱", person: "身份证号", staff: "用户名" };

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
let captured: Request | undefined;
try {
  const page = await browser.newPage({ baseURL: baseUrl });
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) captured ??= request;
  });
  await page.goto(`/login/${portal}`);
  await page.getByLabel(LABELS[portal]).fill(args.account);
  await page.getByRole("textbox", { name: "密码", exact: true }).fill(args.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login/"), { timeout: 30_000 });
} finally {
  await browser.close();
}
if (!captured) throw new Error("no server action request seen");

const headers = captured.headers();
const browserParts = await multipartEntries(captured.postDataBuffer()!, headers["content-type"]);
// through a Response so that both sides went through the same multipart encoder and parser
const ours = await entriesOf(
  await new Response(encodeActionBody({ portal, account: args.account, password: args.password })).formData(),
);

const rows: [string, string, string, boolean][] = [];
const expectedId = actionId("app/(public)/login/[portal]/actions.ts", "loginAction");
rows.push(["header Next-Action", headers["next-action"], expectedId, headers["next-action"] === expectedId]);
rows.push(["header Accept", headers["accept"], "text/x-component", headers["accept"] === "text/x-component"]);
for (const name of new Set([...Object.keys(browserParts), ...Object.keys(ours)])) {
  const a = browserParts[name] ?? "(absent)";
  const b = ours[name] ?? "(absent)";
  // React's hidden inputs for a no-JavaScript post: read only without a Next-Action header, and
  // dropped by formDataToObject, so the client leaves them out.
  const fallback = name.startsWith("_1_$ACTION") && b === "(absent)";
  rows.push([`part ${name}`, a, fallback ? "(absent: no-JS fallback, unused)" : b, a === b || fallback]);
}
let cookieOk = true;
try {
  await login(baseUrl, portal, args.account, args.password);
} catch (error) {
  cookieOk = false;
  console.error(error);
}
rows.push(["login() gets a session", "-", cookieOk ? "yes" : "no", cookieOk]);

console.log(`browser request headers: ${Object.keys(headers).sort().join(", ")}`);
console.log(`browser Next-Router-State-Tree: ${decodeURIComponent(headers["next-router-state-tree"] ?? "")}`);
console.log(["what", "Chromium", "encodeActionBody / login()", "same"].join(" | "));
for (const [what, a, b, same] of rows) console.log([what, a, b, same ? "✓" : "✗"].join(" | "));
process.exit(rows.every((r) => r[3]) ? 0 : 1);

async function multipartEntries(body: Buffer, contentType: string) {
  return entriesOf(await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData());
}

function entriesOf(form: FormData) {
  const out: Record<string, string> = {};
  for (const [name, value] of form.entries()) out[name] = typeof value === "string" ? value : `(file ${value.name})`;
  return out;
}
