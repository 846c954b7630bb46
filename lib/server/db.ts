import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "./env";

export type { Prisma } from "@/lib/generated/prisma/client";

function createClient(connectionString: string) {
  return new PrismaClient({
    // Timestamps are `timestamp(3)` without zone, read and written as UTC by Prisma. SQL that writes now()
    // or a column default (batch inserts, notify, the outbox) must mean the same instant on a server whose
    // TimeZone is Asia/Shanghai: every connection says UTC.
    adapter: new PrismaPg({ connectionString, max: 10, options: "-c TimeZone=UTC" }),
    // A burst (200 units submitting at once, `npm run fault:pg-restart`) queues for the 10 connections
    // longer than Prisma's default 2 s: waiting beats answering "系统繁忙".
    transactionOptions: { maxWait: 10_000 },
  });
}

// One client per process (and one for the read replica, if any), created on first use (so that
// `next build` can import this module without a database), and kept across Next dev's module reloads.
const globalForDb = globalThis as unknown as { db?: PrismaClient; dbReplica?: PrismaClient | null };
function client(): PrismaClient {
  globalForDb.db ??= createClient(env.databaseUrl);
  return globalForDb.db;
}

/** The primary: every write, every transaction, and every read not routed by `readDb()`. */
export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const c = client();
    const value = Reflect.get(c, property, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

/** The streaming replica's client (DATABASE_REPLICA_URL), or null without one. Use `readDb()`. */
export function replicaClient(): PrismaClient | null {
  if (globalForDb.dbReplica === undefined) {
    const url = env.databaseReplicaUrl;
    globalForDb.dbReplica = url ? createClient(url) : null;
  }
  return globalForDb.dbReplica;
}

/** The client inside db.$transaction(async (tx) => …). */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
