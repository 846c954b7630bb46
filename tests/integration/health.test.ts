// GET /api/health: 200 {status:"ok", db:"ok"} when the database answers, 503 when it cannot be reached
// or does not answer in time; no session needed and nothing else in the body.
import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseReachable } from "@/lib/server/health";

const clients: PrismaClient[] = [];
const servers: net.Server[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect().catch(() => {})));
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

const selectOneAt = (port: number) => {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: `postgresql://postgres@127.0.0.1:${port}/none`, max: 1 }),
  });
  clients.push(client);
  return () => client.$queryRaw`SELECT 1`;
};

/** A TCP server on a free loopback port that does what onConnection says with each connection. */
async function listen(onConnection: (socket: net.Socket) => void): Promise<number> {
  const server = net.createServer(onConnection);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as net.AddressInfo).port;
}

describe("GET /api/health", () => {
  it("answers 200 ok against the real database, without a session, uncached, with nothing else", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("is false when nothing listens on the database port", async () => {
    const port = await listen((socket) => socket.destroy());
    await new Promise<void>((resolve) => servers.pop()!.close(() => resolve())); // the port is free again
    expect(await databaseReachable(selectOneAt(port), 2_000)).toBe(false);
  });

  it("is false, within the timeout, when the database accepts connections but never answers", async () => {
    const sockets: net.Socket[] = [];
    const port = await listen((socket) => sockets.push(socket));
    const started = Date.now();
    expect(await databaseReachable(selectOneAt(port), 300)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
    sockets.forEach((s) => s.destroy());
  });

  it("is true for a query that answers and false for one that fails", async () => {
    expect(await databaseReachable(async () => 1)).toBe(true);
    expect(await databaseReachable(() => Promise.reject(new Error("password authentication failed")))).toBe(false);
  });
});
