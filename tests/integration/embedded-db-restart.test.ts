// `npm start` killed hard leaves its PostgreSQL running; the next start must stop that server and come
// back on the same data, while a stranger on the port is still refused with a clear message.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { startAppDatabase } from "@/scripts/lib/app-database";
import { portTakenMessage } from "@/scripts/lib/embedded-db";
import { clearLeftoverServer } from "@/scripts/lib/pg-leftover";
import { SHARED_ROOT } from "@/scripts/lib/pg-location";

type Started = { url: string; port: number; dataDir: string };

// mkdtemp makes a 0700 directory: as root this also covers the data kept out of reach of `postgres`.
const dataRoot = mkdtempSync(path.join(os.tmpdir(), "anguan-restart-"));
const HOLDER = path.join(import.meta.dirname, "support", "hold-app-database.ts");
let dataDir: string | undefined;

function startHolder(): Promise<{ child: ChildProcess; started: Started }> {
  const child = spawn(process.execPath, ["--import", "tsx", HOLDER, dataRoot], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once("line", (line) => {
      const reply = JSON.parse(line) as Started & { error?: string };
      if (reply.error) reject(new Error(reply.error));
      else resolve({ child, started: reply });
    });
    child.once("exit", (code) => reject(new Error(`the holder exited (${code}) before it started`)));
  });
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ note: string }>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function killHard(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

afterAll(async () => {
  if (dataDir) await clearLeftoverServer(dataDir, () => {});
  rmSync(dataRoot, { recursive: true, force: true });
  if (dataDir?.startsWith(SHARED_ROOT)) rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

it("a start after kill -9 stops the leftover server and comes back on the same data and port", async () => {
  const first = await startHolder();
  dataDir = first.started.dataDir;
  await query(first.started.url, "CREATE TABLE notes (note text)");
  await query(first.started.url, "INSERT INTO notes VALUES ('written before the kill')");
  await killHard(first.child);
  // The server outlived the process that started it.
  await expect(query(first.started.url, "SELECT 1")).resolves.toBeDefined();

  const second = await startHolder();
  expect(second.started).toEqual(first.started);
  expect(await query(second.started.url, "SELECT note FROM notes")).toEqual([{ note: "written before the kill" }]);
  await killHard(second.child);
  await clearLeftoverServer(dataDir, () => {});

  // A stranger now holds the remembered port: refused, clearly.
  const stranger = net.createServer();
  await new Promise<void>((resolve) => stranger.listen(first.started.port, "127.0.0.1", resolve));
  try {
    await expect(startAppDatabase(dataRoot, {})).rejects.toThrow(portTakenMessage(first.started.port));
  } finally {
    await new Promise((resolve) => stranger.close(resolve));
  }
}, 90_000);
