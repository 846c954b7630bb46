import "server-only";
import { audit } from "../audit";
import { db } from "../db";
import { sessionByToken } from "./session";

/** 退出登录: ends this session (anyone may end their own) and records it. */
export async function logout(input: { token: string; ip?: string; userAgent?: string }) {
  const session = await sessionByToken(input.token);
  if (!session) return;
  await db.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { id: session.id } });
    if (count === 0) return;
    await audit(tx, {
      actor: { accountId: session.accountId, role: session.account.role },
      action: "auth.logout",
      targetType: "Account",
      targetId: session.accountId,
      ip: input.ip,
      userAgent: input.userAgent,
    });
  });
}
