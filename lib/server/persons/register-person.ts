import "server-only";
import { consumeEmailCode } from "../auth/email-codes";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import { InvalidInputError } from "../errors";
import { uniqueViolationFields } from "../prisma-errors";
import { consume, TOO_MANY } from "../rate-limit";
import { claimHolderRecord } from "../person-bindings/claim-holder-record";

const EMAIL_TAKEN = "该邮箱已被其他账号使用";
/** One answer for a wrong 姓名, a 身份证号 already bound, …: it tells nothing about the records. */
export const REGISTRATION_REFUSED =
  "未能完成注册，请核对姓名和身份证号。如已注册，请直接登录或找回密码。验证码已使用，请重新获取。";

/**
 * 个人端 【注册】 (issue 10 §2). The email code is spent first, in its own transaction, so a refused
 * attempt costs a code: one code tests one name/ID pair. The account is created with what was typed
 * (`HolderProfile`); it sees no holder record until a binding is confirmed. A 身份证号 on record with
 * the same 姓名 and no confirmed account → a PENDING binding for the unit (or 审核部门) to confirm;
 * an unknown 身份证号 → the account alone (暂无证书; it may 【申请绑定】 once a record exists).
 * A wrong 姓名, or a record already bound, is refused with one generic message.
 */
export async function registerPerson(input: {
  name: string;
  idNumber: string;
  phone: string;
  email: string;
  code: string;
  password: string;
  ip: string;
}) {
  await consume("registerIp", input.ip, TOO_MANY("注册提交"));
  await db.$transaction((tx) => consumeEmailCode(tx, { purpose: "REGISTER", email: input.email, code: input.code }));
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.person.findUnique({ where: { idNumber: input.idNumber } });
      if (existing && (existing.name !== input.name || existing.accountId)) {
        throw new InvalidInputError(REGISTRATION_REFUSED);
      }
      const emailOwner = await tx.person.findFirst({ where: { email: input.email } });
      if (emailOwner) throw new InvalidInputError(EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
      const account = await tx.account.create({ data: { role: "PERSON", displayName: input.name, passwordHash } });
      await tx.holderProfile.create({
        data: {
          accountId: account.id,
          name: input.name,
          idNumber: input.idNumber,
          phone: input.phone,
          email: input.email,
        },
      });
      const binding = existing ? await claimHolderRecord(tx, { accountId: account.id, person: existing }) : null;
      return { accountId: account.id, bindingId: binding?.id ?? null };
    });
  } catch (error) {
    const fields = uniqueViolationFields(error);
    if (fields?.some((f) => f.includes("email"))) throw new InvalidInputError(EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
    throw error;
  }
}
