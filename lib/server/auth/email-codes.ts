import "server-only";
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import type { CodePurpose } from "@/lib/generated/prisma/client";
import { db, type Tx } from "../db";
import { env } from "../env";
import { InvalidInputError, RateLimitedError } from "../errors";
import { enqueueMail } from "../mail/outbox";

export const CODE_TTL_MINUTES = 10;
export const CODE_RESEND_SECONDS = 60;
export const CODE_MAX_ATTEMPTS = 5;

const PURPOSE_TEXT: Record<CodePurpose, string> = {
  REGISTER: "注册邮箱验证",
  RESET_PASSWORD: "找回密码",
  CHANGE_EMAIL: "更换邮箱验证",
};

// Six digits are few: an HMAC keyed with the server secret keeps a leaked table from revealing them.
function hashCode(purpose: CodePurpose, email: string, code: string) {
  return createHmac("sha256", env.authSecret).update(`${purpose}:${email}:${code}`).digest("hex");
}

/** Creates a code for `email` and queues the mail that carries it. */
export async function issueEmailCode(input: {
  purpose: CodePurpose;
  email: string;
  accountId?: string;
}): Promise<void> {
  const email = input.email.toLowerCase();
  const last = await db.emailCode.findFirst({
    where: { purpose: input.purpose, email },
    orderBy: { createdAt: "desc" },
  });
  if (last) {
    const wait = CODE_RESEND_SECONDS - Math.floor((Date.now() - last.createdAt.getTime()) / 1000);
    if (wait > 0) throw new RateLimitedError(`验证码已发送，请${wait}秒后再重新发送`);
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await db.$transaction(async (tx) => {
    // A new code voids the earlier ones for the same address and purpose.
    await tx.emailCode.updateMany({
      where: { purpose: input.purpose, email, consumedAt: null },
      data: { consumedAt: new Date() },
    });
    await tx.emailCode.create({
      data: {
        purpose: input.purpose,
        email,
        accountId: input.accountId,
        codeHash: hashCode(input.purpose, email, code),
        expiresAt: new Date(Date.now() + CODE_TTL_MINUTES * 60_000),
      },
    });
    await enqueueMail(tx, {
      to: email,
      subject: `【安管人员考核系统】${PURPOSE_TEXT[input.purpose]}验证码`,
      text: `您的验证码是 ${code}，${CODE_TTL_MINUTES}分钟内有效，请勿告诉他人。\n如非本人操作，请忽略本邮件。`,
      secret: code,
    });
  });
}

const WRONG_CODE = "验证码错误或已失效，请重新获取";

/**
 * Checks and consumes a code inside the caller's transaction. Every try spends one of the code's
 * CODE_MAX_ATTEMPTS before it is compared, in one statement on its own connection (`attempts + 1 …
 * WHERE attempts < max RETURNING`): parallel guesses cannot all read "0 tries so far", so at most five
 * guesses are ever compared, and the try counts even when the caller rolls back.
 */
export async function consumeEmailCode(
  tx: Tx,
  input: { purpose: CodePurpose; email: string; code: string; accountId?: string },
): Promise<void> {
  const email = input.email.toLowerCase();
  const [current] = await db.$queryRaw<{ id: string; codeHash: string }[]>`
    UPDATE "EmailCode" SET "attempts" = "attempts" + 1
    WHERE "id" = (
      SELECT "id" FROM "EmailCode"
      WHERE "purpose" = ${input.purpose}::"CodePurpose" AND "email" = ${email} AND "consumedAt" IS NULL
        AND "expiresAt" > ${new Date()}
        AND (${input.accountId ?? null}::uuid IS NULL OR "accountId" = ${input.accountId ?? null}::uuid)
      ORDER BY "createdAt" DESC
      LIMIT 1
    ) AND "attempts" < ${CODE_MAX_ATTEMPTS}
    RETURNING "id"::text, "codeHash"`;
  const given = Buffer.from(hashCode(input.purpose, email, input.code.trim()), "hex");
  if (!current || !timingSafeEqual(Buffer.from(current.codeHash, "hex"), given)) {
    throw new InvalidInputError(WRONG_CODE, { code: [WRONG_CODE] });
  }
  // Guarded by consumedAt: two requests racing with the same code consume it once.
  const { count } = await tx.emailCode.updateMany({
    where: { id: current.id, consumedAt: null },
    data: { consumedAt: new Date() },
  });
  if (count === 0) throw new InvalidInputError(WRONG_CODE, { code: [WRONG_CODE] });
}
