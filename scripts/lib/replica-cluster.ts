// A PostgreSQL primary and a streaming replica of it on loopback (Debian's PostgreSQL 15 binaries),
// in a temporary directory, for `npm run test:replica` (scripts/replica-e2e.ts).
import { spawnSync } from "node:child_process";
import { appendFileSync, chownSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { probePort, sleep } from "./embedded-db";

const PG_BIN = process.env.PG_BIN || "/usr/lib/postgresql/15/bin";
const REPLICATION_ROLE = "replicator";

export interface ReplicaCluster {
  primaryUrl: (database: string) => string;
  replicaUrl: (database: string) => string;
  /** stops both servers and deletes their directory; safe to call twice */
  stop(): Promise<void>;
}

/** PostgreSQL refuses to run as root: as root, run its binaries as the `postgres` user. */
function asPostgres(): { uid?: number; gid?: number; prefix: string[] } {
  if (process.getuid?.() !== 0) return { prefix: [] };
  const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  return { uid: id("-u"), gid: id("-g"), prefix: ["runuser", "-u", "postgres", "--"] };
}

function run(prefix: string[], binary: string, args: string[]) {
  const [command, ...rest] = [...prefix, path.join(PG_BIN, binary), ...args];
  const result = spawnSync(command, rest, { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${binary} ${args.join(" ")} 失败（退出码 ${result.status}）：\n${result.stderr}${result.stdout}`);
  }
}

export async function clusterQuery<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * initdb a primary (wal_level=replica, a replication role, loopback trust in pg_hba), start it,
 * pg_basebackup -R a hot standby from it, start that, and wait until the primary reports it streaming.
 * `primaryTemplate` SQL runs in template1 first, so that every database created later has it.
 */
export async function startReplicaCluster(
  log: (line: string) => void,
  primaryTemplate: string[] = [],
): Promise<ReplicaCluster> {
  const user = asPostgres();
  const dir = mkdtempSync(path.join(os.tmpdir(), "aq-replica-"));
  if (user.uid !== undefined) chownSync(dir, user.uid, user.gid!);
  const primaryDir = path.join(dir, "primary");
  const replicaDir = path.join(dir, "replica");
  const [primaryPort, replicaPort] = [await probePort(0), await probePort(0)];
  const url = (port: number) => (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  const started: string[] = [];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const data of started.reverse()) {
      try {
        run(user.prefix, "pg_ctl", ["stop", "-D", data, "-m", "fast", "-w"]);
      } catch (error) {
        log(`停止 ${data} 失败：${(error as Error).message}`);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const start = (data: string) => {
    run(user.prefix, "pg_ctl", [
      "start",
      "-D",
      data,
      "-w",
      "-t",
      "120",
      "-l",
      path.join(dir, `${path.basename(data)}.log`),
    ]);
    started.push(data);
  };

  try {
    run(user.prefix, "initdb", ["-D", primaryDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"]);
    appendFileSync(
      path.join(primaryDir, "postgresql.conf"),
      [
        `port = ${primaryPort}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        "wal_level = replica",
        "max_wal_senders = 4",
        "hot_standby = on",
        // A throwaway test cluster: durability is not the point, speed on a loaded machine is.
        "fsync = off",
        // …but visibility is: a commit returns once the standby has applied it, so a case one user hands
        // on is in the next user's queue when that user opens it (docs/DEPLOYMENT.md "A read replica").
        // It takes effect with synchronous_standby_names, set once the standby streams (before that, a
        // commit would wait for a standby that does not exist yet).
        "synchronous_commit = remote_apply",
        "shared_preload_libraries = 'pg_stat_statements'",
        "pg_stat_statements.track = all",
        "",
      ].join("\n"),
    );
    appendFileSync(
      path.join(primaryDir, "pg_hba.conf"),
      `host replication ${REPLICATION_ROLE} 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 trust\n`,
    );
    start(primaryDir);
    await clusterQuery(url(primaryPort)("postgres"), `CREATE ROLE ${REPLICATION_ROLE} WITH REPLICATION LOGIN`);
    for (const sql of primaryTemplate) await clusterQuery(url(primaryPort)("template1"), sql);
    log(`主库 127.0.0.1:${primaryPort} 已启动（${primaryDir}）`);

    // -R writes standby.signal and primary_conninfo; the copied postgresql.conf gets the replica's port.
    run(user.prefix, "pg_basebackup", [
      ...["-h", "127.0.0.1", "-p", String(primaryPort), "-U", REPLICATION_ROLE],
      ...["-D", replicaDir, "-R", "-X", "stream", "-c", "fast"],
    ]);
    appendFileSync(path.join(replicaDir, "postgresql.conf"), `port = ${replicaPort}\nhot_standby_feedback = on\n`);
    start(replicaDir);

    const deadline = Date.now() + 60_000;
    for (;;) {
      const rows = await clusterQuery<{ state: string }>(
        url(primaryPort)("postgres"),
        "SELECT state FROM pg_stat_replication",
      );
      if (rows.some((r) => r.state === "streaming")) break;
      if (Date.now() > deadline)
        throw new Error(`副本 60 秒内未进入 streaming（pg_stat_replication：${JSON.stringify(rows)}）`);
      await sleep(250);
    }
    const [standby] = await clusterQuery<{ recovery: boolean }>(
      url(replicaPort)("postgres"),
      "SELECT pg_is_in_recovery() AS recovery",
    );
    if (!standby.recovery) throw new Error("副本不在恢复模式（不是只读副本）");
    await clusterQuery(url(primaryPort)("postgres"), "ALTER SYSTEM SET synchronous_standby_names = '*'");
    await clusterQuery(url(primaryPort)("postgres"), "SELECT pg_reload_conf()");
    log(`只读副本 127.0.0.1:${replicaPort} 已启动，流复制 streaming（${replicaDir}）`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { primaryUrl: url(primaryPort), replicaUrl: url(replicaPort), stop };
}
