// `npm run test:replica`: the e2e suite with list and search reads on a PostgreSQL streaming replica.
// Starts a primary and a hot standby (scripts/lib/replica-cluster.ts, Debian's PostgreSQL 15) on free
// loopback ports, runs scripts/e2e.ts against them (E2E_DATABASE_ADMIN_URL → the primary,
// E2E_DATABASE_REPLICA_URL → the replica, which the app gets as DATABASE_REPLICA_URL), prints what each
// server did for the e2e database (pg_stat_database, pg_stat_statements) and the statements the replica
// ran most, then stops and deletes both. Exit code: the suite's; 1 as well if the replica served no read.
// Arguments go to Playwright as for `npm run test:e2e`.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { BIN, ROOT, waitExit } from "./lib/embedded-db";
import { clusterQuery, startReplicaCluster, type ReplicaCluster } from "./lib/replica-cluster";

const DATABASE = process.env.E2E_DATABASE || "aq_e2e";
const log = (line: string) => console.log(`[replica] ${line}`);

type ServerFigures = {
  commits: number;
  returned: number;
  fetched: number;
  statements: number;
  selects: number;
};

const FIGURES_SQL = `
  SELECT d.xact_commit::float8 AS commits, d.tup_returned::float8 AS returned, d.tup_fetched::float8 AS fetched,
         coalesce(s.calls, 0)::float8 AS statements, coalesce(s.selects, 0)::float8 AS selects
    FROM pg_stat_database d
    LEFT JOIN (SELECT dbid, sum(calls) AS calls, sum(calls) FILTER (WHERE query ILIKE 'select%') AS selects
                 FROM pg_stat_statements GROUP BY dbid) s ON s.dbid = d.datid
   WHERE d.datname = '${DATABASE}'`;

async function figures(url: string): Promise<ServerFigures | undefined> {
  return (await clusterQuery<ServerFigures>(url, FIGURES_SQL))[0];
}

/** The replica's most frequent statements. */
async function topReplicaStatements(url: string) {
  return clusterQuery<{ calls: number; rows: number; query: string }>(
    url,
    `SELECT calls::int AS calls, rows::int AS rows, query FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '${DATABASE}') ORDER BY calls DESC LIMIT 12`,
  );
}

function printFigures(primary: ServerFigures | undefined, replica: ServerFigures | undefined) {
  const row = (label: string, f: ServerFigures | undefined) =>
    [
      label.padEnd(10),
      ...[f?.commits, f?.statements, f?.selects, f?.returned, f?.fetched].map((n) => String(n ?? "-").padStart(12)),
    ].join(" ");
  console.log(`\n数据库 ${DATABASE}（整个 e2e 运行期间）`);
  console.log(
    [
      "服务器".padEnd(10),
      ...["xact_commit", "语句调用", "其中 SELECT", "tup_returned", "tup_fetched"].map((h) => h.padStart(12)),
    ].join(" "),
  );
  console.log(row("主库", primary));
  console.log(row("只读副本", replica));
}

async function main(): Promise<number> {
  let cluster: ReplicaCluster | undefined;
  let suite: ChildProcess | undefined;
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = true;
    if (suite)
      suite.kill(signal); // e2e.ts stops the app; we stop the clusters afterwards
    else void cluster?.stop().then(() => process.exit(130));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  try {
    // In template1, so that the database e2e.ts creates has the view (a standby cannot create it).
    cluster = await startReplicaCluster(log, ["CREATE EXTENSION IF NOT EXISTS pg_stat_statements"]);
    if (interrupted) return 130;
    suite = spawn(path.join(BIN, "tsx"), ["scripts/e2e.ts", ...process.argv.slice(2)], {
      cwd: ROOT,
      stdio: "inherit",
      env: {
        ...process.env,
        E2E_DATABASE: DATABASE,
        E2E_DATABASE_ADMIN_URL: cluster.primaryUrl("postgres"),
        E2E_DATABASE_REPLICA_URL: cluster.replicaUrl("postgres"),
      },
    });
    const { code, signal } = await waitExit(suite);
    suite = undefined;
    const suiteCode = code ?? (signal ? 1 : 0);

    const [primary, replica] = [
      await figures(cluster.primaryUrl(DATABASE)),
      await figures(cluster.replicaUrl(DATABASE)),
    ];
    printFigures(primary, replica);
    console.log("\n只读副本上调用最多的语句：");
    for (const s of await topReplicaStatements(cluster.replicaUrl(DATABASE))) {
      console.log(
        `${String(s.calls).padStart(7)} 次 ${String(s.rows).padStart(8)} 行  ${s.query.replace(/\s+/g, " ").slice(0, 100)}`,
      );
    }
    const replicaReads = replica?.selects ?? 0;
    console.log(`\n只读副本执行的 SELECT：${replicaReads}；Playwright 退出码 ${suiteCode}`);
    if (suiteCode !== 0) return suiteCode;
    if (replicaReads === 0) {
      console.error("[replica] 只读副本没有执行任何查询：列表未走副本");
      return 1;
    }
    return 0;
  } catch (error) {
    console.error(`[replica] ${(error as Error).message}`);
    return 1;
  } finally {
    await cluster?.stop();
    log("主库与副本已停止并删除");
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
