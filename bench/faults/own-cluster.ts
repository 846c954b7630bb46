// A PostgreSQL cluster of the fault script's own (Debian's binaries, run as the postgres user, data
// in a temporary directory, a free port): the shared server on 5432 is never the one restarted.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { probePort } from "../../scripts/lib/embedded-db";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export type OwnCluster = { adminUrl: string; port: number; restart(): Promise<void>; stop(): void };

const runuser = (command: string, args: string[]) => ["-u", "postgres", "--", path.join(BIN, command), ...args];
function asPostgres(command: string, args: string[]) {
  execFileSync("runuser", runuser(command, args), { stdio: "pipe" });
}

export async function startOwnCluster(): Promise<OwnCluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "aq-fault-pg-"));
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
  chownSync(dir, uid, gid);
  const data = path.join(dir, "data");
  asPostgres("initdb", [`--pgdata=${data}`, "--auth=trust", "--username=postgres", "--encoding=UTF8", "--locale=C"]);
  const port = await probePort(0);
  // Durable settings (fsync stays on): the restart must be what a real server does.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c max_connections=200`;
  const pgCtl = (...args: string[]) =>
    asPostgres("pg_ctl", [`--pgdata=${data}`, "--wait", "--log", `${dir}/server.log`, ...args]);
  pgCtl("--options", options, "start");
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      pgCtl("--mode=fast", "stop");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once("exit", stop);
  return {
    adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    // Not synchronous: the script keeps reading responses while the server restarts.
    restart: async () => {
      // --log: the restarted server writes there, not into (and holding open) this call's output pipe.
      const args = [`--pgdata=${data}`, "--wait", "--log", `${dir}/server.log`, "--mode=fast", "restart"];
      await promisify(execFile)("runuser", runuser("pg_ctl", args));
    },
    stop,
  };
}
