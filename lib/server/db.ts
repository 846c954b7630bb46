import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "./env";

export type { Prisma } from "@/lib/generated/prisma/client";

function createClient() {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: env.databaseUrl, max: 10 }),
    // A burst (200 units submitting at once, `npm run fault:pg-restart`) queues for the 10 connections
    // longer than Prisma's default 2 s: waiting beats answering "系统繁忙".
    transactionOptions: { maxWait: 10_000 },
  });
}

// One client per process, created on first use (so that `next build` can import this module
// without a database), and kept across Next dev's module reloads.
const globalForDb = globalThis as unknown as { db?: PrismaClient };
function client(): PrismaClient {
  globalForDb.db ??= createClient();
  return globalForDb.db;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const c = client();
    const value = Reflect.get(c, property, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

/** The client inside db.$transaction(async (tx) => …). */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
