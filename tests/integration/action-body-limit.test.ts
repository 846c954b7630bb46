// The Node server in front of Next refuses a large server-action body from anyone without a live
// session before reading it (lib/action-body-limit.ts, used by scripts/server.ts): a real HTTP server
// with the same guard in front of a handler that reads the whole body, as Next would.
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ANONYMOUS_ACTION_BODY_LIMIT,
  REGISTRATION_ACTION_BODY_LIMIT,
  refuseLargeAnonymousAction,
} from "@/lib/action-body-limit";
import { createSession } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { createStaff } from "./support/factories";

let server: Server;
let port: number;
let reachedNext = 0;

const liveSession = async (tokenHash: string) =>
  (await db.session.count({ where: { tokenHash, expiresAt: { gt: new Date() } } })) > 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    void refuseLargeAnonymousAction(req, res, liveSession).then((answered) => {
      if (answered) return;
      reachedNext++;
      let size = 0;
      req.on("data", (chunk: Buffer) => (size += chunk.length));
      req.on("end", () => res.end(String(size)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** POSTs `size` bytes; resolves with the status (a refused upload may see the socket closed after the 413). */
function post(path: string, size: number, headers: Record<string, string> = {}): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, method: "POST", headers: { "Content-Length": String(size), ...headers } },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode! }));
      },
    );
    req.on("error", reject);
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const write = () => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += part.length;
        if (!req.write(part)) return void req.once("drain", write);
      }
      req.end();
    };
    req.on("error", () => undefined);
    write();
  });
}

const ACTION = { "Next-Action": "7f00000000000000000000000000000000000000aa" };

describe("server action body limit for callers without a session", () => {
  it("refuses an anonymous action body over 64 KB with 413, before Next reads it", async () => {
    const before = reachedNext;
    expect((await post("/login/enterprise", ANONYMOUS_ACTION_BODY_LIMIT + 1, ACTION)).status).toBe(413);
    expect((await post("/staff/accounts", 5 * 1024 * 1024, ACTION)).status).toBe(413);
    expect(reachedNext).toBe(before);
    // Within the limit, or not an action: Next gets it.
    expect((await post("/login/enterprise", ANONYMOUS_ACTION_BODY_LIMIT, ACTION)).status).toBe(200);
    expect((await post("/api/session", 200 * 1024)).status).toBe(200);
    expect(reachedNext).toBe(before + 2);
  });

  it("企业注册 (/register) may carry its two files, and no more", async () => {
    expect((await post("/register", 2 * 10 * 1024 * 1024, ACTION)).status).toBe(200);
    expect((await post("/register", REGISTRATION_ACTION_BODY_LIMIT + 1, ACTION)).status).toBe(413);
    expect((await post("/register/person", 200 * 1024, ACTION)).status).toBe(413);
  });

  it("a live session may send large bodies; a made-up, expired or ended one may not", async () => {
    const { account } = await createStaff("REVIEWER");
    const { token, sessionId } = await createSession(account.id);
    const big = 3 * 1024 * 1024;
    expect((await post("/staff/renewals", big, { ...ACTION, Cookie: `aq_session=${token}` })).status).toBe(200);
    expect((await post("/staff/renewals", big, { ...ACTION, Cookie: `x=1; __Host-aq_session=${token}` })).status).toBe(
      200,
    );
    expect((await post("/staff/renewals", big, { ...ACTION, Cookie: "aq_session=made-up" })).status).toBe(413);
    await db.session.update({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await post("/staff/renewals", big, { ...ACTION, Cookie: `aq_session=${token}` })).status).toBe(413);
  });
});
