import "server-only";
import { birthDateOf } from "@/lib/domain/id-number";
import { fromDateOnly } from "@/lib/domain/calendar-date";
import { consumeEmailCode } from "../auth/email-codes";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import { InvalidInputError } from "../errors";
import { uniqueViolationFields } from "../prisma-errors";
import { consume, TOO_MANY } from "../rate-limit";

const MISMATCH = "姓名与身份证号不符，请核对后重试";
const TAKEN = "该身份证号已注册，请直接登录或找回密码";

/**
 * 个人端 【注册】: the holder's account. If a person with this 身份证号 holds certificates, the
 * name must match and the account is attached to that record, so the certificates show at once.
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
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      // The code first: only someone who owns the address learns anything about the records below
      // (and a refusal rolls the code back, so it can be used again).
      await consumeEmailCode(tx, { purpose: "REGISTER", email: input.email, code: input.code });
      const existing = await tx.person.findUnique({ where: { idNumber: input.idNumber } });
      if (existing && existing.name !== input.name) throw new InvalidInputError(MISMATCH, { name: [MISMATCH] });
      if (existing?.accountId) throw new InvalidInputError(TAKEN, { idNumber: [TAKEN] });
      const emailOwner = await tx.person.findFirst({
        where: { email: input.email, NOT: { idNumber: input.idNumber } },
      });
      if (emailOwner) throw new InvalidInputError("该邮箱已被其他账号使用", { email: ["该邮箱已被其他账号使用"] });
      const account = await tx.account.create({ data: { role: "PERSON", displayName: input.name, passwordHash } });
      // Guarded by accountId: two registrations of the same holder racing → one account.
      if (existing) {
        const { count } = await tx.person.updateMany({
          where: { id: existing.id, accountId: null },
          data: { accountId: account.id, phone: input.phone, email: input.email },
        });
        if (count === 0) throw new InvalidInputError(TAKEN, { idNumber: [TAKEN] });
        return { accountId: account.id, personId: existing.id };
      }
      const person = await tx.person.create({
        data: {
          name: input.name,
          idNumber: input.idNumber,
          birthDate: fromDateOnly(birthDateOf(input.idNumber)!),
          accountId: account.id,
          phone: input.phone,
          email: input.email,
        },
      });
      return { accountId: account.id, personId: person.id };
    });
  } catch (error) {
    const fields = uniqueViolationFields(error);
    if (fields?.some((f) => f.includes("email")))
      throw new InvalidInputError("该邮箱已被其他账号使用", { email: ["该邮箱已被其他账号使用"] });
    if (fields) throw new InvalidInputError(TAKEN, { idNumber: [TAKEN] });
    throw error;
  }
}
