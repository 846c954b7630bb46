import "server-only";
import { SECOND_FACTOR_ROLES } from "@/lib/domain/second-factor";
import { audit } from "../audit";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { ConflictError, InvalidInputError } from "../errors";
import { issueRecoveryCodes } from "./recovery-codes";
import { openSecret } from "./secret-box";
import { matchingTimeStep } from "./totp";

const WRONG_CODE = "动态验证码不正确，请核对手机时间后重新输入";

/**
 * 【完成绑定】: a code from the app proves it holds the secret shown. The secret becomes the account's,
 * its time step counts as used, and 10 recovery codes are returned — the only time they are shown.
 */
export async function confirmSecondFactorEnrolment({ actor, code }: { actor: Actor; code: string }) {
  assertRole(actor, SECOND_FACTOR_ROLES);
  const account = await db.account.findUniqueOrThrow({
    where: { id: actor.accountId },
    select: { totpEnrolledAt: true, totpPendingSecret: true },
  });
  if (account.totpEnrolledAt) throw new ConflictError("您已绑定动态口令，请刷新页面");
  const pending = account.totpPendingSecret;
  if (!pending) throw new ConflictError("绑定信息已失效，请刷新页面后重新扫码");
  const step = matchingTimeStep(openSecret(pending), code);
  if (step === null) throw new InvalidInputError(WRONG_CODE, { code: [WRONG_CODE] });
  return db.$transaction(async (tx) => {
    const { count } = await tx.account.updateMany({
      where: { id: actor.accountId, totpEnrolledAt: null, totpPendingSecret: pending },
      data: { totpSecret: pending, totpPendingSecret: null, totpEnrolledAt: new Date(), totpLastCounter: step },
    });
    if (count === 0) throw new ConflictError("您已绑定动态口令，请刷新页面");
    const recoveryCodes = await issueRecoveryCodes(tx, actor.accountId);
    await audit(tx, { actor, action: "auth.totp-enrol", targetType: "Account", targetId: actor.accountId });
    return { recoveryCodes };
  });
}
