// 重置密码 separation of duties (issue 10 §6): the unit is told by mail, the temporary password lives
// 24 hours, a login with it is audited and marked, and the reviewer who reset it may not decide the
// unit's applications meanwhile (checked in transition, the one place decisions go through).
import { describe, expect, it } from "vitest";
import { login, TEMPORARY_PASSWORD_EXPIRED } from "@/lib/server/auth/login";
import { actorFromSessionToken } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { ResetterMayNotDecideError } from "@/lib/server/errors";
import { changePassword } from "@/lib/server/password/change-password";
import { resetEnterprisePassword } from "@/lib/server/password/reset-enterprise-password";
import { decideApplication, decideApplications } from "@/lib/server/workflow/decide-application";
import { createEnterprise, createStaff, uniqueIp } from "./support/factories";

const DAY_MS = 24 * 60 * 60 * 1000;

async function resetByReviewer() {
  const unit = await createEnterprise(); // its registration waits for the 审核部门
  const resetter = await createStaff("REVIEWER");
  const { temporaryPassword } = await resetEnterprisePassword({
    actor: resetter.actor,
    enterpriseId: unit.enterprise.id,
  });
  return { unit, resetter, temporaryPassword };
}

const backdateReset = (accountId: string, ms: number) =>
  db.account.update({ where: { id: accountId }, data: { passwordResetAt: new Date(Date.now() - ms) } });

describe("重置密码 by the 审核部门", () => {
  it("mails the unit that the 审核部门 reset its password, in the same transaction, audited", async () => {
    const { unit, resetter } = await resetByReviewer();
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: unit.fields.email } });
    expect(mail.subject).toContain("已被审核部门重置");
    expect(mail.text).toContain(unit.fields.name);
    expect(mail.text).toContain("24小时内有效");
    expect(mail.text).toContain(resetter.actor.displayName);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "password.reset-mail" } })).toMatchObject({
      actorId: resetter.account.id,
      targetId: unit.enterprise.id,
      detail: { to: unit.fields.email },
    });
  });

  it("a login with the temporary password is audited and its session marked; a normal login is not", async () => {
    const { unit, temporaryPassword } = await resetByReviewer();
    const ip = uniqueIp();
    const session = await login({
      portal: "enterprise",
      account: unit.fields.creditCode,
      password: temporaryPassword,
      ip,
    });
    expect((await db.session.findUniqueOrThrow({ where: { id: session.sessionId } })).viaTemporaryPassword).toBe(true);
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "auth.login-temporary-password" } });
    expect(row).toMatchObject({ actorId: unit.account.id, targetId: unit.account.id, ip });

    const actor = (await actorFromSessionToken(session.token))!;
    await changePassword({ actor, oldPassword: temporaryPassword, password: "Own-Passw0rd" });
    const normal = await login({ portal: "enterprise", account: unit.fields.creditCode, password: "Own-Passw0rd", ip });
    expect((await db.session.findUniqueOrThrow({ where: { id: normal.sessionId } })).viaTemporaryPassword).toBe(false);
    expect(await db.auditLog.count({ where: { action: "auth.login-temporary-password" } })).toBe(1);
  });

  it("after 24 hours the temporary password is refused with a clear message", async () => {
    const { unit, temporaryPassword } = await resetByReviewer();
    await backdateReset(unit.account.id, DAY_MS + 60_000);
    await expect(
      login({ portal: "enterprise", account: unit.fields.creditCode, password: temporaryPassword, ip: uniqueIp() }),
    ).rejects.toThrow(TEMPORARY_PASSWORD_EXPIRED);
    expect(await db.session.count({ where: { accountId: unit.account.id } })).toBe(0);
    // a wrong password still gets the usual answer, so the message reveals nothing to a guesser
    await expect(
      login({ portal: "enterprise", account: unit.fields.creditCode, password: "Wrong-Passw0rd", ip: uniqueIp() }),
    ).rejects.toThrow("账号或密码错误");
  });
});

describe("separation of duties: the resetting reviewer and the unit's applications", () => {
  it("the reviewer who reset the password may not decide; another reviewer may", async () => {
    const { unit, resetter } = await resetByReviewer();
    const decision = { applicationId: unit.applicationId, expectedVersion: 0, action: "approve" as const };
    const refused = decideApplication({ actor: resetter.actor, ...decision });
    await expect(refused).rejects.toBeInstanceOf(ResetterMayNotDecideError);
    await expect(refused).rejects.toThrow(/^您为该单位重置了密码.*其他审核人员处理$/);
    expect((await db.application.findUniqueOrThrow({ where: { id: unit.applicationId } })).status).toBe(
      "PENDING_REVIEW",
    );
    // 批量通过 reads the barred units once for the batch: refused for that row, the next unit's goes through
    const untouched = await createEnterprise();
    const batch = await decideApplications({
      actor: resetter.actor,
      items: [
        { applicationId: unit.applicationId, expectedVersion: 0 },
        { applicationId: untouched.applicationId, expectedVersion: 0 },
      ],
      action: "approve",
    });
    expect(batch.map((row) => row.ok)).toEqual([false, true]);
    expect(batch[0].message).toMatch(/^您为该单位重置了密码/);

    const other = await createStaff("REVIEWER");
    await decideApplication({ actor: other.actor, ...decision });
    expect((await db.application.findUniqueOrThrow({ where: { id: unit.applicationId } })).status).toBe("APPROVED");
  });

  it("the bar holds for 24 hours even once the password was replaced (the resetter may have replaced it)", async () => {
    const { unit, resetter, temporaryPassword } = await resetByReviewer();
    const session = await login({
      portal: "enterprise",
      account: unit.fields.creditCode,
      password: temporaryPassword,
      ip: uniqueIp(),
    });
    const actor = (await actorFromSessionToken(session.token))!;
    await changePassword({ actor, oldPassword: temporaryPassword, password: "Own-Passw0rd" });
    const decision = { applicationId: unit.applicationId, expectedVersion: 0, action: "reject" as const, opinion: "x" };
    await expect(decideApplication({ actor: resetter.actor, ...decision })).rejects.toBeInstanceOf(
      ResetterMayNotDecideError,
    );
    await backdateReset(unit.account.id, DAY_MS + 1000);
    await decideApplication({ actor: resetter.actor, ...decision });
    expect((await db.application.findUniqueOrThrow({ where: { id: unit.applicationId } })).status).toBe("REJECTED");
  });
});
