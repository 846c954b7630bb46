import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { ConflictError, ForbiddenError, InvalidInputError } from "../errors";
import { consume } from "../rate-limit";
import { claimHolderRecord } from "./claim-holder-record";

export const NOTHING_TO_BIND =
  "暂未找到与您注册的姓名、身份证号一致且可绑定的证书记录。如已取得证书，请联系证书所在单位。";

/**
 * 【申请绑定】: an account with no binding claims the record that matches what it registered with
 * (its HolderProfile: the 姓名 and 身份证号 cannot be changed here, so this tests no other pair). One
 * generic answer when there is none to claim. At most 3 requests a day per account (each notifies a
 * unit). A PENDING or CONFIRMED binding already held → conflict.
 */
export async function requestPersonBinding({ actor }: { actor: Actor }) {
  if (actor.role !== "PERSON") throw new ForbiddenError();
  if (actor.personId) throw new ConflictError("您的账号已绑定证书记录，无需再申请绑定");
  await consume("bindingRequest", actor.accountId, (m) => `申请绑定次数过多，请 ${m} 分钟后再试`);
  return db.$transaction(async (tx) => {
    const profile = await tx.holderProfile.findUnique({ where: { accountId: actor.accountId } });
    const person = profile && (await tx.person.findUnique({ where: { idNumber: profile.idNumber } }));
    if (!person || person.name !== profile.name || person.accountId) throw new InvalidInputError(NOTHING_TO_BIND);
    return claimHolderRecord(tx, { accountId: actor.accountId, person });
  });
}
