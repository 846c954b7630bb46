import "server-only";
import type { Tx } from "../db";
import { ConflictError } from "../errors";
import { notify } from "../notifications/notify";
import { uniqueViolationFields } from "../prisma-errors";
import { deciderCertificates } from "./binding-scope";

/**
 * A PENDING binding of an account to a holder record, in the caller's transaction, and a notice to
 * each unit that holds one of the person's certificates (their 待办 shows it too). The caller has
 * checked the name and that no account is bound yet.
 */
export async function claimHolderRecord(tx: Tx, input: { accountId: string; person: { id: string; name: string } }) {
  let binding;
  try {
    // The partial unique index allows one PENDING/CONFIRMED binding per account.
    binding = await tx.personBinding.create({ data: { accountId: input.accountId, personId: input.person.id } });
  } catch (error) {
    if (uniqueViolationFields(error)) throw new ConflictError("您已有待确认或已生效的绑定");
    throw error;
  }
  const units = await tx.enterprise.findMany({
    where: { certificates: { some: { personId: input.person.id, ...deciderCertificates.where } } },
    select: { accountId: true, email: true },
  });
  for (const unit of units) {
    await notify(tx, {
      accountId: unit.accountId,
      email: unit.email,
      title: "个人账号绑定待确认",
      body: `持证人员${input.person.name}注册了个人账号，请在【待办】›【个人账号绑定确认】中确认是否为本人。`,
    });
  }
  return binding;
}
