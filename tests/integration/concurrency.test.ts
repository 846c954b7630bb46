// Two people acting on the same thing at the same moment: exactly one wins, the other gets a
// domain error (never a raw database error), and the history has one row for the decision.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ConflictError, InvalidInputError } from "@/lib/server/errors";
import { decideApplication } from "@/lib/server/workflow/decide-application";
import { registerEnterprise } from "@/lib/server/registration/register-enterprise";
import { resubmitRegistration } from "@/lib/server/registration/resubmit-registration";
import {
  createEnterprise,
  createStaff,
  enterpriseFields,
  issueCode,
  pdfFile,
  pngFile,
  uniqueIp,
} from "./support/factories";

type Decision = "approve" | "reject";

async function raceDecisions(first: Decision, second: Decision) {
  const { applicationId, enterprise } = await createEnterprise();
  const { actor: reviewerA } = await createStaff("REVIEWER");
  const { actor: reviewerB } = await createStaff("REVIEWER");
  const decide = (actor: typeof reviewerA, decision: Decision) =>
    decideApplication({
      kind: "ENTERPRISE_REGISTRATION",
      actor,
      applicationId,
      expectedVersion: 0,
      action: decision,
      opinion: decision === "reject" ? "材料不全" : undefined,
    });
  const results = await Promise.allSettled([decide(reviewerA, first), decide(reviewerB, second)]);
  return { applicationId, enterprise, results, reviewers: [reviewerA, reviewerB] };
}

describe("concurrent decisions on one registration", () => {
  for (const [first, second] of [
    ["approve", "approve"],
    ["approve", "reject"],
    ["reject", "approve"],
    ["reject", "reject"],
  ] as const) {
    it(`${first} vs ${second}: exactly one succeeds, the other gets ConflictError`, async () => {
      const { applicationId, enterprise, results, reviewers } = await raceDecisions(first, second);

      const fulfilled = results.filter((r) => r.status === "fulfilled");
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(fulfilled).toHaveLength(1);
      expect(rejected).toHaveLength(1);
      expect(rejected[0].reason).toBeInstanceOf(ConflictError);
      expect(rejected[0].reason.message).toContain("该申请已被他人处理");

      const winnerIndex = results.findIndex((r) => r.status === "fulfilled");
      const winningDecision = [first, second][winnerIndex];
      const expectedStatus = winningDecision === "approve" ? "APPROVED" : "REJECTED";

      const app = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
      expect(app).toMatchObject({ status: expectedStatus, version: 1 });

      const decisions = await db.applicationEvent.findMany({
        where: { applicationId, action: { in: ["approve", "reject"] } },
      });
      expect(decisions).toHaveLength(1);
      expect(decisions[0]).toMatchObject({
        action: winningDecision,
        toStatus: expectedStatus,
        actorId: reviewers[winnerIndex].accountId,
      });

      // One decision, one mail; the loser's transaction left nothing behind.
      expect(await db.outboxMessage.count()).toBe(1);
      const approvedAt = (await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id } })).approvedAt;
      expect(approvedAt === null).toBe(expectedStatus !== "APPROVED");
    });
  }

  it("refuses a decision made on a stale version, and one on an already decided application", async () => {
    const { applicationId, actor: enterpriseActor, fields } = await createEnterprise();
    const { actor: reviewer } = await createStaff("REVIEWER");
    await decideApplication({
      kind: "ENTERPRISE_REGISTRATION",
      actor: reviewer,
      applicationId,
      expectedVersion: 0,
      action: "reject",
      opinion: "请补充材料",
    });
    const { email: _e, ...resubmitFields } = fields;
    await resubmitRegistration({
      actor: enterpriseActor,
      applicationId,
      expectedVersion: 1,
      fields: resubmitFields,
      licenseFile: null,
      qualificationFile: null,
    });
    // Now PENDING_REVIEW at version 2: a reviewer whose page still shows version 0 (or 1) is refused.
    for (const stale of [0, 1, 3]) {
      const attempt = decideApplication({
        kind: "ENTERPRISE_REGISTRATION",
        actor: reviewer,
        applicationId,
        expectedVersion: stale,
        action: "approve",
      });
      await expect(attempt).rejects.toBeInstanceOf(ConflictError);
      await expect(attempt).rejects.toThrow("该申请已被他人处理");
    }
    expect(await db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "PENDING_REVIEW",
      version: 2,
    });
    expect(await db.applicationEvent.count({ where: { applicationId, action: "approve" } })).toBe(0);

    // With the current version it works; acting again (even with the new version) is a conflict.
    await decideApplication({
      kind: "ENTERPRISE_REGISTRATION",
      actor: reviewer,
      applicationId,
      expectedVersion: 2,
      action: "approve",
    });
    await expect(
      decideApplication({
        kind: "ENTERPRISE_REGISTRATION",
        actor: reviewer,
        applicationId,
        expectedVersion: 3,
        action: "reject",
        opinion: "x",
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "APPROVED",
      version: 3,
    });
  });

  it("lets only one of two concurrent resubmissions through", async () => {
    const { applicationId, actor, fields } = await createEnterprise();
    const { actor: reviewer } = await createStaff("REVIEWER");
    await decideApplication({
      kind: "ENTERPRISE_REGISTRATION",
      actor: reviewer,
      applicationId,
      expectedVersion: 0,
      action: "reject",
      opinion: "请补充材料",
    });
    const { email: _e, ...base } = fields;
    const results = await Promise.allSettled(
      ["甲", "乙"].map((suffix) =>
        resubmitRegistration({
          actor,
          applicationId,
          expectedVersion: 1,
          fields: { ...base, name: base.name + suffix },
          licenseFile: null,
          qualificationFile: null,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(loser.reason).toBeInstanceOf(ConflictError);
    expect(await db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "PENDING_REVIEW",
      version: 2,
    });
    expect(await db.applicationEvent.count({ where: { applicationId, action: "resubmit" } })).toBe(1);
  });
});

describe("concurrent registrations", () => {
  it("with the same credit code: one succeeds, the other gets InvalidInputError on creditCode", async () => {
    const a = enterpriseFields();
    const b = enterpriseFields({ creditCode: a.creditCode });
    const [codeA, codeB] = [await issueCode("REGISTER", a.email), await issueCode("REGISTER", b.email)];

    const results = await Promise.allSettled(
      [
        { fields: a, code: codeA },
        { fields: b, code: codeB },
      ].map(({ fields, code }) =>
        registerEnterprise({
          fields,
          code,
          password: "Passw0rd!x",
          licenseFile: pdfFile(),
          qualificationFile: pngFile(),
          ip: uniqueIp(),
        }),
      ),
    );

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(loser.reason).toBeInstanceOf(InvalidInputError);
    expect(loser.reason.fieldErrors).toMatchObject({ creditCode: [expect.stringContaining("已注册")] });
    expect(loser.reason.fieldErrors).not.toHaveProperty("email");

    expect(await db.enterprise.count()).toBe(1);
    expect(await db.account.count()).toBe(1);
    expect(await db.application.count()).toBe(1);
    expect(await db.applicationEvent.count()).toBe(1);
    // The loser's uploads were discarded; what remains belongs to the winner.
    const winner = await db.enterprise.findFirstOrThrow();
    expect(await db.storedFile.count({ where: { enterpriseId: winner.id } })).toBe(2);
    expect(await db.storedFile.count()).toBe(2);
    // The loser's code was not spent (its transaction rolled back).
    const winnerEmail = (await db.enterprise.findFirstOrThrow()).email;
    const loserEmail = winnerEmail === a.email ? b.email : a.email;
    expect((await db.emailCode.findFirstOrThrow({ where: { email: loserEmail } })).consumedAt).toBeNull();
  });

  it("with the same email: one succeeds, the other gets InvalidInputError on email", async () => {
    // Both requests carry the one code mailed to that address; the unique email decides.
    const a = enterpriseFields();
    const b = enterpriseFields({ email: a.email });
    const code = await issueCode("REGISTER", a.email);

    const results = await Promise.allSettled(
      [a, b].map((fields) =>
        registerEnterprise({
          fields,
          code,
          password: "Passw0rd!x",
          licenseFile: pdfFile(),
          qualificationFile: pngFile(),
          ip: uniqueIp(),
        }),
      ),
    );

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(loser.reason).toBeInstanceOf(InvalidInputError);
    expect(await db.enterprise.count()).toBe(1);
    expect(await db.account.count()).toBe(1);
  });
});
