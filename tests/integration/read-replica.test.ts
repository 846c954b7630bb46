// Read replica routing (issue 11, docs/ARCHITECTURE.md "Read replica"): list and search use cases read
// through readDb() — the replica client unless the session wrote within READ_YOUR_WRITES_MS — while
// writes, transactions and reads outside a request stay on the primary. Both clients point at the test
// database and log their queries: what is checked is which client each query went to.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { decisionSchema } from "@/lib/schemas/decision.schema";
import { authedAction } from "@/lib/server/action";
import { getStatistics } from "@/lib/server/statistics/get-statistics";
import { listAuditLog } from "@/lib/server/admin/list-audit-log";
import { createSession, sessionCookieName } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import {
  listEnterpriseCertificates,
  searchCertificatesForStaff,
  enterpriseCertificateRows,
} from "@/lib/server/certificates/queries";
import { verifyCertificate, verifyCertificateById } from "@/lib/server/certificates/verify-certificate";
import { countTodo as countStaffTodo } from "@/lib/server/deadlines/count-todo";
import { listOwnApplications, countOwnApplicationsByStatus } from "@/lib/server/enterprises/own-applications";
import { listEnterprises } from "@/lib/server/enterprises/queries";
import { countEnterpriseTodo } from "@/lib/server/home-todo/count-enterprise-todo";
import { READ_YOUR_WRITES_MS, readDb, recordWrite, wroteRecently } from "@/lib/server/read-db";
import { countApplicationsForStaff, listApplicationsForStaff } from "@/lib/server/review/queries";
import { listStaffAccounts } from "@/lib/server/staff-accounts/queries";
import { decideApplication } from "@/lib/server/workflow/decide-application";
import { createEnterprise, createPersonWithCertificate, createStaff } from "./support/factories";

// ---------------------------------------------------------------------------------------------
// The browser's cookies (next/headers): the session cookie; `outsideRequest` makes cookies() throw as it
// does in a script.

const jar = new Map<string, string>();
let outsideRequest = false;
vi.mock("next/headers", () => ({
  cookies: async () => {
    if (outsideRequest) throw new Error("`cookies` was called outside a request scope");
    return {
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      set: (name: string, value: string) => void jar.set(name, value),
      delete: (name: string | { name: string }) => void jar.delete(typeof name === "string" ? name : name.name),
    };
  },
  headers: async () => new Headers({ "user-agent": "read-replica" }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

// ---------------------------------------------------------------------------------------------
// Two logging clients installed as the app's primary and replica (lib/server/db.ts reads globalThis).

const seen = { primary: [] as string[], replica: [] as string[] };
function loggingClient(side: keyof typeof seen) {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", (e) => seen[side].push(e.query));
  return client;
}
const primary = loggingClient("primary");
const replica = loggingClient("replica");
const globals = globalThis as unknown as { db?: PrismaClient; dbReplica?: PrismaClient | null };
const saved = { db: globals.db, dbReplica: globals.dbReplica, url: process.env.DATABASE_REPLICA_URL };
globals.db = primary;
globals.dbReplica = replica;
process.env.DATABASE_REPLICA_URL = process.env.DATABASE_URL; // recordWrite stamps only with a replica

afterAll(async () => {
  Object.assign(globals, { db: saved.db, dbReplica: saved.dbReplica });
  if (saved.url === undefined) delete process.env.DATABASE_REPLICA_URL;
  else process.env.DATABASE_REPLICA_URL = saved.url;
  await Promise.all([primary.$disconnect(), replica.$disconnect()]);
});

/** Runs fn and returns the queries each client received meanwhile. */
async function routed(fn: () => Promise<unknown>) {
  seen.primary.length = 0;
  seen.replica.length = 0;
  await fn();
  return { primary: [...seen.primary], replica: [...seen.replica] };
}
const reads = (queries: string[], table: string) =>
  queries.filter((q) => /^\s*(SELECT|WITH)/i.test(q) && q.includes(`"${table}"`));

beforeEach(() => {
  jar.clear();
  outsideRequest = false;
});

async function world() {
  const unit = await createEnterprise({ approved: true });
  const pending = await createEnterprise();
  const held = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "副本测试" });
  const reviewer = await createStaff("REVIEWER");
  const assessor = await createStaff("ASSESSOR");
  const admin = await createStaff("ADMIN");
  return { unit, pending, held, reviewer, assessor, admin };
}

describe("list and search use cases read the replica", () => {
  it("each one sends its reads of the listed table to the replica and none to the primary", async () => {
    const w = await world();
    const cases: [string, string, () => Promise<unknown>][] = [
      ["证书查询", "Certificate", () => listEnterpriseCertificates({ actor: w.unit.actor, filter: {} })],
      ["证书查询 导出", "Certificate", () => enterpriseCertificateRows(w.unit.actor, { status: "有效" })],
      ["证书登记簿", "Certificate", () => searchCertificatesForStaff({ actor: w.reviewer.actor })],
      ["证书登记簿 搜索", "Certificate", () => searchCertificatesForStaff({ actor: w.reviewer.actor, q: "副本" })],
      [
        "审核队列",
        "Application",
        () => listApplicationsForStaff({ actor: w.reviewer.actor, kind: "ENTERPRISE_REGISTRATION", q: "测试" }),
      ],
      [
        "队列计数",
        "Application",
        () =>
          countApplicationsForStaff({
            actor: w.reviewer.actor,
            kinds: ["ENTERPRISE_REGISTRATION"],
            status: "PENDING_REVIEW",
          }),
      ],
      ["单位的申请", "Application", () => listOwnApplications({ actor: w.unit.actor, kinds: ["RENEWAL"] })],
      [
        "单位的申请计数",
        "Application",
        () => countOwnApplicationsByStatus({ actor: w.unit.actor, kinds: ["RENEWAL"] }),
      ],
      ["审计日志", "AuditLog", () => listAuditLog({ actor: w.admin.actor })],
      ["账号管理", "Account", () => listStaffAccounts({ actor: w.admin.actor, q: "a" })],
      ["企业账号", "Enterprise", () => listEnterprises({ actor: w.reviewer.actor, q: "测试" })],
      ["统计", "Application", () => getStatistics({ actor: w.assessor.actor, filter: {} })],
      ["待办（考核部门）", "Application", () => countStaffTodo({ actor: w.assessor.actor })],
      ["待办（企业）", "Certificate", () => countEnterpriseTodo({ actor: w.unit.actor })],
      [
        "公众证书查询",
        "Certificate",
        () => verifyCertificate({ number: w.held.certificate.number, holderName: "副本测试", ip: "203.0.113.9" }),
      ],
      ["/verify/[id]", "Certificate", () => verifyCertificateById(w.held.certificate.id)],
    ];
    for (const [label, table, run] of cases) {
      const { primary, replica } = await routed(run);
      expect(reads(replica, table).length, `${label}: reads of ${table} on the replica`).toBeGreaterThan(0);
      expect(reads(primary, table), `${label}: reads of ${table} on the primary`).toEqual([]);
    }
  });

  it("what a search writes (the 身份证号 audit row) goes to the primary", async () => {
    const w = await world();
    const search = await routed(() => searchCertificatesForStaff({ actor: w.reviewer.actor, q: w.held.idNumber }));
    expect(search.primary.some((q) => /INSERT INTO "public"."AuditLog"/.test(q))).toBe(true);
    expect(search.replica.filter((q) => /^\s*(INSERT|UPDATE|DELETE)/i.test(q))).toEqual([]);
    expect(reads(search.replica, "Certificate").length).toBeGreaterThan(0);
  });
});

describe("writes, transactions and reads outside a request use the primary", () => {
  it("a decision runs its reads and writes in a transaction on the primary only", async () => {
    const w = await world();
    const { primary, replica } = await routed(() =>
      decideApplication({
        actor: w.reviewer.actor,
        kind: "ENTERPRISE_REGISTRATION",
        applicationId: w.pending.applicationId,
        expectedVersion: 0,
        action: "approve",
      }),
    );
    expect(primary.some((q) => /UPDATE "public"."Application"/.test(q))).toBe(true);
    expect(reads(primary, "Application").length).toBeGreaterThan(0);
    expect(replica).toEqual([]);
  });

  it("outside a request (a script, the worker) readDb() is the primary", async () => {
    outsideRequest = true;
    expect((await readDb()) === db).toBe(true);
    outsideRequest = false;
    expect((await readDb()) === replica).toBe(true);
  });

  it("without DATABASE_REPLICA_URL readDb() is the primary", async () => {
    globals.dbReplica = null;
    try {
      expect((await readDb()) === db).toBe(true);
    } finally {
      globals.dbReplica = replica;
    }
  });
});

describe("read-your-writes: a session that wrote reads the primary for READ_YOUR_WRITES_MS", () => {
  const approve = authedAction({ permission: "application.decide", schema: decisionSchema }, ({ actor, input }) =>
    decideApplication({
      actor,
      applicationId: input.applicationId,
      expectedVersion: input.version,
      action: input.decision,
    }),
  );
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  };

  it("after a successful action the queue is read on the primary, and again on the replica once the stamp is old", async () => {
    const w = await world();
    const session = await createSession(w.reviewer.account.id);
    jar.set(sessionCookieName(), session.token);
    const queue = () =>
      listApplicationsForStaff({ actor: w.reviewer.actor, kind: "ENTERPRISE_REGISTRATION", status: "APPROVED" });

    expect(reads((await routed(queue)).replica, "Application").length).toBeGreaterThan(0);

    const result = await approve(
      { message: "" },
      form({ applicationId: w.pending.applicationId, version: "0", decision: "approve" }),
    );
    expect(result).toMatchObject({ ok: true });
    const { lastWriteAt } = await db.session.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(Date.now() - lastWriteAt!.getTime()).toBeLessThan(READ_YOUR_WRITES_MS);

    const afterWrite = await routed(queue);
    expect(reads(afterWrite.primary, "Application").length).toBeGreaterThan(0);
    expect(afterWrite.replica).toEqual([]);

    await db.session.update({
      where: { id: session.sessionId },
      data: { lastWriteAt: new Date(Date.now() - READ_YOUR_WRITES_MS - 1) },
    });
    const later = await routed(queue);
    expect(reads(later.replica, "Application").length).toBeGreaterThan(0);
    expect(reads(later.primary, "Application")).toEqual([]);
  });

  it("the stamp is on the actor too: a later read in the same request (an action's re-render) sees it", async () => {
    const w = await world();
    const session = await createSession(w.reviewer.account.id);
    const actor = { ...w.reviewer.actor, sessionId: session.sessionId };
    expect(wroteRecently(actor)).toBe(false);
    await recordWrite(actor);
    expect(wroteRecently(actor)).toBe(true);
    expect(wroteRecently(actor, Date.now() + READ_YOUR_WRITES_MS)).toBe(false);
  });

  it("an action refused by its schema writes nothing and stamps nothing", async () => {
    const w = await world();
    const session = await createSession(w.reviewer.account.id);
    jar.set(sessionCookieName(), session.token);
    const result = await approve({ message: "" }, form({ applicationId: w.pending.applicationId, version: "0" }));
    expect(result).not.toMatchObject({ ok: true });
    expect((await db.session.findUniqueOrThrow({ where: { id: session.sessionId } })).lastWriteAt).toBeNull();
  });
});
