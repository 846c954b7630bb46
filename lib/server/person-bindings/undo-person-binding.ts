import "server-only";
import { assertRole, type Actor } from "../auth/actor";
import { audit } from "../audit";
import { db } from "../db";
import { ConflictError, NotFoundError } from "../errors";
import { tellHolder } from "./decide-person-binding";

/**
 * 【解除绑定】 (审核部门): a wrong binding is undone. The record loses its account (and the account's
 * email and phone); the account keeps its login and sees nothing of the record from its next request
 * (the actor's personId comes from Person.accountId). Audited; the holder is told.
 */
export async function undoPersonBinding({ actor, bindingId }: { actor: Actor; bindingId: string }) {
  assertRole(actor, ["REVIEWER"]);
  return db.$transaction(async (tx) => {
    const binding = await tx.personBinding.findUnique({
      where: { id: bindingId },
      include: { account: { include: { holderProfile: true } } },
    });
    if (!binding) throw new NotFoundError();
    const { count } = await tx.personBinding.updateMany({
      where: { id: binding.id, status: "CONFIRMED" },
      data: { status: "UNDONE", decidedById: actor.accountId, decidedAt: new Date() },
    });
    if (count === 0) throw new ConflictError("该绑定已解除或尚未确认，请刷新页面后查看最新状态");
    await tx.person.updateMany({
      where: { id: binding.personId, accountId: binding.accountId },
      data: { accountId: null, email: null, phone: null },
    });
    await audit(tx, {
      actor,
      action: "person-binding.undo",
      targetType: "PersonBinding",
      targetId: binding.id,
      detail: { personId: binding.personId, accountId: binding.accountId },
    });
    await tellHolder(tx, binding.accountId, binding.account.holderProfile?.email, "UNDONE");
  });
}
