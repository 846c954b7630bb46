// 证书查询 → 导出Excel at 500, 5,000 and 50,000 certificates (issue 11: "streams; memory stays flat;
// print peak RSS"). Run: npm run bench:export -- --database-url postgresql://postgres@127.0.0.1:5432/aq_x
// Migrates the database, gives each size a unit of its own (set-based INSERT … SELECT FROM
// generate_series, kept for the next run), then runs the real export (streamEnterpriseCertificateRows
// into writeExport, as the route does) into a byte-counting sink, each in a child process of its own
// so that its peak RSS (resourceUsage().maxRSS) is honest. For contrast, each size also runs the way
// the export used to: every row read into a list first. Prints rows, bytes, seconds, RSS before the
// export and peak RSS; exits 1 when the streamed export's peak at the largest size exceeds the
// smallest's by more than FLAT_MB.
// Each child runs with a HEAP_MB old-space limit: left alone, V8 lets garbage pile up far beyond what
// is live before it collects, so peak RSS grows with the work done even when nothing is kept (forced
// GCs every 10,000 rows showed the streamed export's live heap at 30–35 MB from 10,000 to 50,000 rows,
// while RSS without a limit still rose by ~80 MB).
import { inTransaction } from "./support/pg-transaction";
import { spawn } from "node:child_process";
import path from "node:path";
import { Writable } from "node:stream";
import pg from "pg";
import { BIN, ROOT, runPrismaMigrateDeploy } from "../scripts/lib/embedded-db";

const SIZES = [500, 5_000, 50_000];
const FLAT_MB = 40;
const HEAP_MB = 64;
type Mode = "stream" | "list";
interface Figures {
  rows: number;
  bytes: number;
  seconds: number;
  rssBeforeMb: number;
  peakRssMb: number;
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
};

/** The unit holding `size` certificates: ids derived from the size, so a later run finds it. */
const unitId = (size: number) => `md5('export-ent-${size}')::uuid`;

async function fillUnit(pool: pg.Pool, size: number): Promise<{ enterpriseId: string; accountId: string }> {
  const found = await pool.query<{ id: string; accountId: string; n: number }>(
    `SELECT e.id, e."accountId", (SELECT count(*)::int FROM "Certificate" c WHERE c."enterpriseId" = e.id) AS n
     FROM "Enterprise" e WHERE e.id = ${unitId(size)}`,
  );
  if (found.rows[0]?.n === size) return { enterpriseId: found.rows[0].id, accountId: found.rows[0].accountId };
  if (found.rows[0])
    throw new Error(`单位 ${found.rows[0].id} 已有 ${found.rows[0].n} 张证书（应为 ${size}）：请换一个数据库`);
  const started = performance.now();
  await inTransaction(pool, async (client) => {
    await client.query(`
      INSERT INTO "StoredFile" (id, key, "originalName", "mimeType", size, sha256)
      VALUES (md5('export-file-${size}')::uuid, 'bench/export-${size}', 'bench.pdf', 'application/pdf', 1, '0')`);
    await client.query(`
      INSERT INTO "Account" (id, role, "displayName", "passwordHash")
      VALUES (md5('export-acc-${size}')::uuid, 'ENTERPRISE', '导出基准单位${size}', 'x')`);
    await client.query(`
      INSERT INTO "Enterprise" (id, "accountId", name, "creditCode", "legalRepresentative", "registeredAddress",
        "contactAddress", "contactName", "contactPhone", email, "qualificationType", "qualificationLevel",
        "qualificationCertNo", "qualificationExpiry", "licenseFileId", "qualificationFileId", "approvedAt", "updatedAt")
      VALUES (${unitId(size)}, md5('export-acc-${size}')::uuid, '导出基准路桥工程有限公司${size}',
        'EXPORT' || lpad('${size}', 12, '0'), '王总', '浙江杭州', '浙江杭州', '李工', '13800000000',
        'export${size}@example.com', '公路工程施工总承包', '一级', 'Q${size}', CURRENT_DATE + 365,
        md5('export-file-${size}')::uuid, md5('export-file-${size}')::uuid, now(), now())`);
    await client.query(
      `INSERT INTO "Person" (id, name, "idNumber", "birthDate")
       SELECT md5('export-per-${size}-' || n)::uuid, '导出' || n,
         'X' || lpad('${size}', 6, '0') || lpad(n::text, 11, '0'), DATE '1980-01-01' + n % 7000
       FROM generate_series(1, $1::int) n`,
      [size],
    );
    await client.query(
      `INSERT INTO "Certificate" (id, number, category, specialty, "personId", "enterpriseId", "unitName",
         "issuingAuthority", "issuedOn", "expiresOn", status, "updatedAt")
       SELECT md5('export-cer-${size}-' || n)::uuid, '浙交安X(${size})' || lpad(n::text, 7, '0'),
         (ARRAY['A','B','C','C','C'])[1 + n % 5]::"CertificateCategory", 'HIGHWAY',
         md5('export-per-${size}-' || n)::uuid, ${unitId(size)}, '导出基准路桥工程有限公司${size}', '浙江省交通运输厅',
         CURRENT_DATE - n % 900, CURRENT_DATE - n % 900 + 1095, 'ACTIVE', now()
       FROM generate_series(1, $1::int) n`,
      [size],
    );
  });
  await pool.query(`ANALYZE "Person"; ANALYZE "Certificate"`);
  console.log(`单位（${size} 张证书）已写入：${((performance.now() - started) / 1000).toFixed(1)} s`);
  return (await fillUnit(pool, size)) as { enterpriseId: string; accountId: string };
}

/** In the child: the export as the route runs it, into a sink that counts bytes. */
async function runExport(mode: Mode, enterpriseId: string, accountId: string): Promise<Figures> {
  const { streamEnterpriseCertificateRows, enterpriseCertificateRows } =
    await import("../lib/server/certificates/queries");
  const { CERTIFICATE_EXPORT } = await import("../lib/server/certificates/export-certificates");
  const { writeExport } = await import("../lib/server/excel");
  const { db } = await import("../lib/server/db");
  const actor = {
    accountId,
    role: "ENTERPRISE" as const,
    displayName: "导出基准",
    enterpriseId,
    enterpriseApproved: true,
    personId: null,
    mustChangePassword: false,
    sessionId: null,
  };
  await db.$queryRaw`SELECT 1`; // connected, as in a running app
  const rssBefore = process.memoryUsage.rss();
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      callback();
    },
  });
  const started = performance.now();
  let rows = 0;
  const counted = async function* <T>(source: AsyncIterable<T> | Iterable<T>) {
    for await (const row of source) {
      rows++;
      yield row;
    }
  };
  const source =
    mode === "stream" ? streamEnterpriseCertificateRows(actor, {}) : await enterpriseCertificateRows(actor, {});
  await writeExport(CERTIFICATE_EXPORT, counted(source), sink);
  const seconds = (performance.now() - started) / 1000;
  await db.$disconnect();
  const mb = (n: number) => n / 1024 / 1024;
  return { rows, bytes, seconds, rssBeforeMb: mb(rssBefore), peakRssMb: mb(process.resourceUsage().maxRSS * 1024) };
}

function child(databaseUrl: string, mode: Mode, unit: { enterpriseId: string; accountId: string }): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      path.join(BIN, "tsx"),
      ["--conditions=react-server", "bench/export-memory.ts", "--child", mode, unit.enterpriseId, unit.accountId],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    proc.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    proc.on("error", reject);
    proc.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (code === 0 && line) resolve(JSON.parse(line) as Figures);
      else reject(new Error(`导出子进程失败（退出码 ${code}）：${out}`));
    });
  });
}

async function main(): Promise<number> {
  if (args[0] === "--child") {
    console.log(JSON.stringify(await runExport(args[1] as Mode, args[2], args[3])));
    return 0;
  }
  const databaseUrl = option("database-url") ?? process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("用法: npm run bench:export -- --database-url postgresql://…");
    return 2;
  }
  console.log("迁移数据库…");
  await runPrismaMigrateDeploy({ ...process.env, DATABASE_URL: databaseUrl });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const units = new Map<number, { enterpriseId: string; accountId: string }>();
  for (const size of SIZES) units.set(size, await fillUnit(pool, size));
  await pool.end();

  const results: (Figures & { size: number; mode: Mode })[] = [];
  for (const mode of ["stream", "list"] as const) {
    for (const size of SIZES) {
      const figures = await child(databaseUrl, mode, units.get(size)!);
      if (figures.rows !== size) throw new Error(`导出了 ${figures.rows} 行，应为 ${size}`);
      results.push({ size, mode, ...figures });
    }
  }

  const header = ["mode", "rows", "bytes", "seconds", "rows/s", "RSS before MB", "peak RSS MB"];
  const lines = results.map((r) => [
    r.mode === "stream" ? "stream (pages of 1,000)" : "list (all rows first)",
    String(r.rows),
    String(r.bytes),
    r.seconds.toFixed(2),
    String(Math.round(r.rows / r.seconds)),
    r.rssBeforeMb.toFixed(0),
    r.peakRssMb.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])));
  console.log(`\n每个导出在单独的子进程中运行（--max-old-space-size=${HEAP_MB}）`);
  console.log(row(header).join("  "));
  for (const l of lines) console.log(row(l).join("  "));

  const streamed = results.filter((r) => r.mode === "stream");
  const growth = streamed[streamed.length - 1].peakRssMb - streamed[0].peakRssMb;
  const flat = growth <= FLAT_MB;
  console.log(
    `\n流式导出峰值 RSS：${SIZES[SIZES.length - 1]} 行比 ${SIZES[0]} 行多 ${growth.toFixed(0)} MB` +
      `（目标 ≤ ${FLAT_MB} MB）：${flat ? "平稳" : "未达标"}`,
  );
  return flat ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
