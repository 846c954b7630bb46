// Benchmark: 首次核发 from an Excel file of 1,000 rows (goal: under 5 s to import).
// Run: npm run bench:import   (uses DATABASE_URL, else a throwaway embedded PostgreSQL; adds rows, so use
// a scratch database). BENCH_ROWS changes the row count, BENCH_RUNS the number of files. Prints figures;
// asserts nothing but that every row was issued.
import { randomInt, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { todayInShanghai } from "../lib/domain/calendar-date";
import { IMPORT_COLUMNS } from "../lib/domain/certificate-issuance";
import { creditCodeCheckChar } from "../lib/domain/credit-code";
import { idNumberCheckChar } from "../lib/domain/id-number";
import type { Actor } from "../lib/server/auth/actor";
import { db } from "../lib/server/db";
import { confirmCertificateImport } from "../lib/server/issuance/confirm-certificate-import";
import { getCertificateImport } from "../lib/server/issuance/get-certificate-import";
import { previewCertificateImport } from "../lib/server/issuance/preview-certificate-import";
import { benchFile } from "./support";

const ROWS = Number(process.env.BENCH_ROWS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function setup() {
  const assessor = await db.account.create({
    data: {
      role: "ASSESSOR",
      username: `bench-assessor-${randomUUID().slice(0, 8)}`,
      displayName: "基准测试",
      passwordHash: "-",
    },
  });
  const file = await benchFile();
  const units = [];
  for (let i = 0; i < 5; i++) {
    const first17 = `91330100MB${String(randomInt(10_000_000)).padStart(7, "0")}`;
    const account = await db.account.create({
      data: { role: "ENTERPRISE", displayName: `核发基准单位${i}`, passwordHash: "-" },
    });
    units.push(
      await db.enterprise.create({
        data: {
          accountId: account.id,
          name: `核发基准单位${i}${first17.slice(-4)}`,
          creditCode: first17 + creditCodeCheckChar(first17),
          legalRepresentative: "张三",
          registeredAddress: "浙江省杭州市",
          contactAddress: "浙江省杭州市",
          contactName: "李四",
          contactPhone: "13800138000",
          email: `bench-unit-${randomUUID().slice(0, 8)}@example.com`,
          qualificationType: "公路工程施工总承包",
          qualificationLevel: "一级",
          qualificationCertNo: `B${i}`,
          qualificationExpiry: new Date("2030-01-01"),
          licenseFileId: file.id,
          qualificationFileId: file.id,
          approvedAt: new Date(),
        },
      }),
    );
  }
  const actor: Actor = {
    accountId: assessor.id,
    role: "ASSESSOR",
    displayName: "基准测试",
    enterpriseId: null,
    enterpriseApproved: false,
    mustChangePassword: false,
    personId: null,
    sessionId: null,
  };
  return { actor, units };
}

/** ROWS people not yet recorded (random area code and sequence), spread over the units and specialties. */
async function workbook(units: { creditCode: string }[]): Promise<File> {
  const today = todayInShanghai();
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("首次核发");
  sheet.addRow(IMPORT_COLUMNS.map((c) => c.header));
  const area = `33${String(randomInt(10_000)).padStart(4, "0")}`;
  for (let i = 0; i < ROWS; i++) {
    const birth = `19${60 + (i % 40)}${String((i % 12) + 1).padStart(2, "0")}${String((i % 28) + 1).padStart(2, "0")}`;
    const first17 = `${area}${birth}${String(Math.floor(i / 480) * 100 + randomInt(100)).padStart(3, "0")}`;
    const id = first17 + idNumberCheckChar(first17);
    const gender = Number(first17[16]) % 2 ? "男" : "女";
    const unit = i % 10 === 9 ? "" : units[i % units.length].creditCode;
    sheet.addRow([`基准${i}`, id, gender, "ABC"[i % 3], i % 4 ? "公路" : "水运", unit, today]);
  }
  return new File([(await book.xlsx.writeBuffer()) as ArrayBuffer], "bench.xlsx");
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const result = await fn();
  return [result, performance.now() - t];
}

async function main() {
  const { actor, units } = await setup();
  console.log(`首次核发 import of ${ROWS} rows (${RUNS} files, each new people):`);
  for (let run = 1; run <= RUNS; run++) {
    const file = await workbook(units);
    const [{ importId }, upload] = await timed(() => previewCertificateImport({ actor, file }));
    const [preview, check] = await timed(() => getCertificateImport({ actor, importId }));
    const [result, confirm] = await timed(() => confirmCertificateImport({ actor, importId }));
    const rejected = preview.errorCount + result.rejectedCount;
    console.log(
      `  run ${run}: upload+parse ${upload.toFixed(0)} ms · preview check ${check.toFixed(0)} ms · ` +
        `confirm (issue ${result.issuedCount}) ${confirm.toFixed(0)} ms · total ${(upload + check + confirm).toFixed(0)} ms` +
        (rejected ? ` · ${rejected} rows refused (random 身份证号 collided)` : ""),
    );
  }
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
