// `npm run bench`: the app's pages and actions over HTTP at 1, 10 and 50 connections, each row's p95
// against a floor measured in the same run on the same server (issue 11).
//   npm run bench -- --database-url postgresql://…/aq_b10 [--connections 1,10,50] [--duration 10]
//                    [--label 10pct] [--out bench/results/10pct.json] [--only 正则]
//   npm run bench -- --compare bench/results/10pct.json bench/results/100pct.json
// The database must hold a generated data set (npm run bench:generate); the run adds its accounts and
// renewals idempotently (bench/http/prepare.ts). Exit 1 when a target at 10 connections is missed or a
// response fails its check. Timed figures on a shared machine are noisy: compare ratios.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { load, type LoadRequest, type LoadResult } from "./http/load";
import {
  BENCH_NOTE,
  BENCH_PASSWORD,
  prepare,
  removeBenchRenewals,
  renewableCertificates,
  waitingBenchRenewals,
  type Fixture,
} from "./http/prepare";
import { printComparison, printRun, withRatios, type RowKind, type RunFile } from "./http/report";
import { buildIfMissing, startServer } from "./http/server";
import { runPrismaMigrateDeploy } from "../scripts/lib/embedded-db";
import { actionId, callAction, encodeActionBody, login, type ActionCall } from "./support/server-action";

const { values: args } = parseArgs({
  options: {
    "database-url": { type: "string" },
    connections: { type: "string", default: "1,10,50" },
    duration: { type: "string", default: "10" },
    label: { type: "string" },
    out: { type: "string" },
    only: { type: "string" },
    compare: { type: "boolean", default: false },
  },
  allowPositionals: true,
});

interface Row {
  name: string;
  kind: RowKind;
  /** a fixed number of requests per connection count (submissions use up certificates) */
  amount?: (connections: number) => number;
  /** before each connection count (fresh certificates for the submissions) */
  before?: (connections: number) => Promise<void>;
  /** after each connection count: what is timed on the row's results (the batches of 100) */
  after?: () => Promise<void>;
  next: () => LoadRequest;
  check: (status: number, body: string, headers: Record<string, string | string[]>) => string | null;
}

const NOT_RUN: LoadResult = { requests: 0, rps: 0, p50: NaN, p95: NaN, p99: NaN, failed: 1 };
const CERTIFICATE_NUMBER = /交安[ABC]\(\d\d\)[GS]\d{5,7}/;
const BATCH_SIZE = 100;
/** renewals submitted per connection count (whole batches of 100): enough rounds per connection for a p95 */
const renewalsAt = (connections: number) => (connections >= 50 ? 300 : connections >= 10 ? 200 : 100);

const page =
  (expect: string | RegExp, ...more: (string | RegExp)[]) =>
  (status: number, body: string) => {
    if (status !== 200) return `HTTP ${status}`;
    for (const marker of [expect, ...more]) {
      if (typeof marker === "string" ? !body.includes(marker) : !marker.test(body)) return `缺少 ${marker}`;
    }
    return null;
  };

const get = (path: string, cookie?: string) => (): LoadRequest => ({ path, headers: cookie ? { cookie } : {} });

/** A server action request as autocannon sends it: the body encoded once. */
async function actionRequest(call: Omit<ActionCall, "baseUrl">): Promise<LoadRequest> {
  const encoded = new Response(encodeActionBody(call.fields, call.files, call.prevState ?? {}));
  return {
    method: "POST",
    path: call.page,
    headers: {
      accept: "text/x-component",
      "next-action": call.id,
      "content-type": encoded.headers.get("content-type")!,
      ...(call.cookie ? { cookie: call.cookie } : {}),
    },
    body: Buffer.from(await encoded.arrayBuffer()),
  };
}

const PDF = { name: "申请表.pdf", type: "application/pdf", bytes: "%PDF-1.4\n% bench\n" };

async function rows(baseUrl: string, pool: pg.Pool, fx: Fixture, batchTimes: number[]): Promise<Row[]> {
  const [unit, reviewer, assessor, holder] = await Promise.all([
    login(baseUrl, "enterprise", fx.unit.creditCode, BENCH_PASSWORD),
    login(baseUrl, "staff", "bench-reviewer", BENCH_PASSWORD),
    login(baseUrl, "staff", "bench-assessor", BENCH_PASSWORD),
    login(baseUrl, "person", fx.holder.idNumber, BENCH_PASSWORD),
  ]);
  const q = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;
  const verify = await actionRequest({
    page: "/verify",
    id: actionId("app/(public)/verify/actions.ts", "verifyCertificateAction"),
    fields: { number: fx.verify.number, holderName: fx.verify.holderName },
  });
  let address = 0;
  const renewalId = actionId("app/enterprise/(workspace)/applications/renewal/actions.ts", "submitRenewalAction");
  let renewals: LoadRequest[] = [];
  let lastRenewal: LoadRequest | undefined;
  return [
    { name: "静态底线 /icon.svg", kind: "static", next: get("/icon.svg"), check: page("<svg") },
    {
      name: "动态底线 /account/password",
      kind: "dynamic",
      next: get("/account/password", reviewer),
      check: page("修改密码"),
    },
    { name: "首页 /", kind: "public", next: get("/"), check: page("证书查询") },
    { name: "登录 企业", kind: "public", next: get("/login/enterprise"), check: page("企业登录") },
    { name: "登录 个人", kind: "public", next: get("/login/person"), check: page("个人登录") },
    { name: "登录 管理", kind: "public", next: get("/login/staff"), check: page("管理登录") },
    { name: "证书查询 表单", kind: "public", next: get("/verify"), check: page("持证人姓名") },
    {
      name: "证书查询 结果（action）",
      kind: "public",
      // one address per request: the lookup is limited per address (30 per 10 minutes)
      next: () => ({ ...verify, headers: { ...verify.headers, "x-forwarded-for": `10.${ip(address++)}` } }),
      check: page(fx.verify.number),
    },
    {
      name: "证书查验 /verify/[id]",
      kind: "public",
      next: get(`/verify/${fx.verify.id}`),
      check: page(fx.verify.number),
    },
    {
      name: "企业 证书查询 有效 第50页",
      kind: "data",
      next: get(`/enterprise/certificates${q({ status: "有效", page: "50" })}`, unit),
      check: page(CERTIFICATE_NUMBER),
    },
    {
      name: "审核 延续 第1页",
      kind: "data",
      next: get("/staff/review/renewal", reviewer),
      check: page(CERTIFICATE_NUMBER),
    },
    {
      name: "审核 延续 搜姓名",
      kind: "data",
      next: get(`/staff/review/renewal${q({ q: fx.queued.name })}`, reviewer),
      // a common name: the one looked for may be on a later page
      check: page(CERTIFICATE_NUMBER, fx.queued.name),
    },
    {
      name: "审核 延续 搜证书编号",
      kind: "data",
      next: get(`/staff/review/renewal${q({ q: fx.queued.number })}`, reviewer),
      check: page(fx.queued.number),
    },
    {
      name: "审核 延续 搜身份证号",
      kind: "data",
      next: get(`/staff/review/renewal${q({ q: fx.queued.idNumber })}`, reviewer),
      check: page(fx.queued.number),
    },
    {
      name: "证书登记簿 搜索",
      kind: "data",
      next: get(`/staff/certificates${q({ q: fx.registerQuery })}`, reviewer),
      check: page(CERTIFICATE_NUMBER),
    },
    { name: "个人 我的申请", kind: "data", next: get("/person/applications", holder), check: page(CERTIFICATE_NUMBER) },
    { name: "统计", kind: "data", next: get("/staff/statistics", assessor), check: page("统计", "<table") },
    { name: "待办", kind: "data", next: get("/staff/todo", reviewer), check: page("各业务待办") },
    {
      name: "提交延续申请（action）",
      kind: "action",
      amount: renewalsAt,
      before: async (connections) => {
        await removeBenchRenewals(pool);
        // autocannon builds each connection's next request before it knows the run is over: spares
        const ids = await renewableCertificates(pool, fx.unit.id, renewalsAt(connections) + connections);
        renewals = await Promise.all(ids.map((id) => renewalRequest(renewalId, unit, id)));
      },
      after: async () => void batchTimes.push(...(await approveInBatches(baseUrl, pool, fx, reviewer))),
      next: () => (lastRenewal = renewals.pop() ?? lastRenewal!),
      check: (status, _body, headers) =>
        status !== 200 ? `HTTP ${status}` : headers["x-action-redirect"] ? null : "没有跳转（申请未提交）",
    },
  ];
}

const ip = (n: number) => `${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

function renewalRequest(id: string, cookie: string, certificateId: string) {
  return actionRequest({
    page: `/enterprise/applications/renewal/new/${certificateId}`,
    id,
    cookie,
    fields: { certificateId, note: BENCH_NOTE },
    files: { formFile: PDF },
  });
}

/**
 * 【批量通过】 of the renewals a connection count submitted, 100 at a time, each batch timed alone (the
 * 审核部门's queue holds them; a batch of 100 is what one page's 【全选】 and a second page make).
 */
async function approveInBatches(baseUrl: string, pool: pg.Pool, fx: Fixture, reviewer: string): Promise<number[]> {
  const decide = actionId("app/staff/review/actions.ts", "batchDecideAction");
  const times: number[] = [];
  for (;;) {
    const items = await waitingBenchRenewals(pool, fx.unit.id, BATCH_SIZE);
    if (items.length < BATCH_SIZE) return times;
    const started = performance.now();
    const r = await callAction<{ ok: boolean; message?: string }[]>({
      baseUrl,
      cookie: reviewer,
      page: "/staff/review/renewal",
      id: decide,
      fields: { decision: "approve", kind: "RENEWAL", items },
    });
    times.push(performance.now() - started);
    const done = r.result?.data?.filter((x) => x.ok).length ?? 0;
    if (r.status !== 200 || done !== items.length) {
      throw new Error(`批量通过：${done}/${items.length} 条通过（${r.result?.message ?? `HTTP ${r.status}`}）`);
    }
  }
}

async function main(): Promise<number> {
  if (args.compare) {
    const [a, b] = process.argv.slice(2).filter((x) => x.endsWith(".json"));
    if (!a || !b) throw new Error("用法: npm run bench -- --compare a.json b.json");
    const problems = printComparison(a, b);
    return report(problems);
  }
  const databaseUrl = args["database-url"];
  if (!databaseUrl) throw new Error("用法: npm run bench -- --database-url postgresql://…（见 bench/http.ts）");
  const connections = args.connections.split(",").map(Number);
  const duration = Number(args.duration);
  const only = args.only ? new RegExp(args.only) : null;

  await buildIfMissing();
  // the indexes the pages rely on (a data set generated before the latest migrations lacks them)
  await runPrismaMigrateDeploy({ ...process.env, DATABASE_URL: databaseUrl });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const server = await startServer(databaseUrl);
  try {
    const fx = await prepare(pool);
    console.log(
      `[bench] 单位 ${fx.unit.creditCode}（${fx.unit.certificates} 本证书），持证人 ${fx.holder.idNumber}，` +
        `搜索 ${fx.queued.name} / ${fx.queued.number} / ${fx.queued.idNumber}`,
    );
    const batchTimes: number[] = [];
    const all = (await rows(server.baseUrl, pool, fx, batchTimes)).filter(
      (r) => !only || r.kind === "static" || r.kind === "dynamic" || only.test(r.name),
    );
    const results = new Map<string, Record<string, LoadResult>>(all.map((r) => [r.name, {}]));
    for (const row of all) {
      // warm up and look once at what comes back before timing anything
      await row.before?.(1);
      const wrong = await probe(server.baseUrl, row);
      if (wrong) throw new Error(`${row.name}: ${wrong}`);
    }
    for (const c of connections) {
      for (const row of all) {
        // a row that cannot run is reported in the table, not allowed to lose the others' figures
        const result = await (async () => {
          await row.before?.(c);
          return load({
            url: server.baseUrl,
            connections: c,
            duration,
            amount: row.amount?.(c),
            next: row.next,
            check: row.check,
          });
        })().catch((error: Error) => ({ ...NOT_RUN, failure: error.message }));
        results.get(row.name)![String(c)] = result;
        if (result.requests > 0) await row.after?.().catch((error: Error) => console.error(`[bench] ${error.message}`));
        console.log(
          `[bench] ${row.name} @${c}: ${result.rps.toFixed(0)} req/s, p95 ${result.p95.toFixed(1)} ms` +
            (result.failed ? `，${result.failed} 个不合格` : ""),
        );
      }
    }
    const run: RunFile = {
      label: args.label ?? path.basename(new URL(databaseUrl).pathname),
      at: new Date().toISOString(),
      rows: withRatios(all.map((r) => ({ name: r.name, kind: r.kind, results: results.get(r.name)! }))),
      batches: batchTimes,
    };
    const problems = printRun(run);
    if (args.out) {
      mkdirSync(path.dirname(args.out), { recursive: true });
      writeFileSync(args.out, JSON.stringify(run, null, 2));
      console.log(`\n已写入 ${args.out}`);
    }
    return report(problems);
  } finally {
    await server.stop();
    await pool.end();
  }
}

/** One request of the row, checked, before the timed runs (also warms the page up). */
async function probe(baseUrl: string, row: Row): Promise<string | null> {
  const request = row.next();
  const response = await fetch(new URL(request.path, baseUrl), {
    method: request.method ?? "GET",
    headers: request.headers,
    body: request.body ? new Uint8Array(request.body) : undefined,
    redirect: "manual",
  });
  const body = await response.text();
  const wrong = row.check(response.status, body, Object.fromEntries(response.headers));
  return wrong && `${wrong}: ${body.slice(0, 300)}`;
}

function report(problems: string[]): number {
  if (problems.length === 0) return 0;
  console.log("\n未达标：");
  for (const p of problems) console.log(`  ✗ ${p}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`[bench] ${error.message}`);
    process.exit(1);
  },
);
