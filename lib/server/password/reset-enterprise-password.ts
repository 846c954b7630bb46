import "server-only";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { formatDateTime } from "@/lib/format";
import { audit } from "../audit";
import { enqueueMail } from "../mail/outbox";
import { newTemporaryPassword, setTemporaryPassword } from "./temporary-password";

/**
 * 审核部门 【重置密码】 for an enterprise that brought a stamped licence copy: a temporary password,
 * returned once and never stored in clear, valid for 24 hours; the enterprise must set its own at next
 * login and is told by mail (outbox) that the 审核部门 reset it.
 */
export async function resetEnterprisePassword(input: { actor: Actor; enterpriseId: string }) {
  assertRole(input.actor, ["REVIEWER"]);
  const enterprise = await db.enterprise.findUnique({
    where: { id: input.enterpriseId },
    select: { accountId: true, name: true, email: true },
  });
  if (!enterprise) throw new NotFoundError();
  const { password, passwordHash } = await newTemporaryPassword();
  await db.$transaction(async (tx) => {
    await setTemporaryPassword(tx, enterprise.accountId, passwordHash);
    // Who reset it and when: the temporary password lives 24 h, and meanwhile this reviewer may not
    // decide the unit's applications (resetterBarred, checked by transition).
    await tx.account.update({
      where: { id: enterprise.accountId },
      data: { passwordResetById: input.actor.accountId, passwordResetAt: new Date() },
    });
    const target = { targetType: "Enterprise", targetId: input.enterpriseId };
    await audit(tx, { actor: input.actor, action: "password.staff-reset", ...target });
    await enqueueMail(tx, {
      to: enterprise.email,
      subject: "【安管人员考核系统】您单位的登录密码已被审核部门重置",
      text: [
        `${enterprise.name}：`,
        `您单位的登录密码已于 ${formatDateTime(new Date())} 由审核部门（${input.actor.displayName}）重置，原密码和所有登录已失效。`,
        "审核部门当面交给您单位的临时密码24小时内有效，登录后须立即设置新密码；超过24小时请重新办理。",
        "如果您单位没有申请重置密码，请立即联系审核部门。",
      ].join("\n"),
    });
    await audit(tx, { actor: input.actor, action: "password.reset-mail", ...target, detail: { to: enterprise.email } });
  });
  return { temporaryPassword: password, enterpriseName: enterprise.name };
}
