import "server-only";
import type { BindingDecision } from "@/lib/domain/person-binding";
import type { Actor } from "../auth/actor";
import { audit } from "../audit";
import { db, type Tx } from "../db";
import { ConflictError, NotFoundError } from "../errors";
import { notify } from "../notifications/notify";
import { decidableBindings } from "./binding-scope";

const DECIDED = "该绑定申请已被处理，请刷新页面后查看最新状态";

/**
 * 【确认绑定】/【拒绝】 on a PENDING binding, by the unit of one of the holder's certificates or, for a
 * holder with none at any unit, by the 审核部门 (scope in the query: another's is "not found").
 * Confirming sets Person.accountId (guarded: a record already bound → conflict) and copies the
 * account's email and phone to the record; the holder's other pending claims are refused with it.
 * Audited and told to the holder in the same transaction.
 */
export async function decidePersonBinding(input: { actor: Actor; bindingId: string; decision: BindingDecision }) {
  const { actor } = input;
  return db.$transaction(async (tx) => {
    const binding = await tx.personBinding.findFirst({
      where: { id: input.bindingId, ...decidableBindings(actor) },
      include: { person: { select: { id: true, name: true } }, account: { include: { holderProfile: true } } },
    });
    if (!binding) throw new NotFoundError();
    const status = input.decision === "confirm" ? "CONFIRMED" : "REFUSED";
    await settle(tx, actor, [binding.id], status);
    const profile = binding.account.holderProfile;
    if (status === "CONFIRMED") {
      const { count } = await tx.person.updateMany({
        where: { id: binding.personId, accountId: null },
        data: { accountId: binding.accountId, email: profile?.email ?? null, phone: profile?.phone ?? null },
      });
      if (count === 0) throw new ConflictError("该证书记录已绑定其他账号，请先由审核部门解除原绑定");
      const others = await tx.personBinding.findMany({
        where: { personId: binding.personId, status: "PENDING", NOT: { id: binding.id } },
        include: { account: { include: { holderProfile: true } } },
      });
      await settle(
        tx,
        actor,
        others.map((o) => o.id),
        "REFUSED",
      );
      for (const other of others) await tellHolder(tx, other.accountId, other.account.holderProfile?.email, "REFUSED");
    }
    await audit(tx, {
      actor,
      action: status === "CONFIRMED" ? "person-binding.confirm" : "person-binding.refuse",
      targetType: "PersonBinding",
      targetId: binding.id,
      detail: { personId: binding.personId, accountId: binding.accountId },
    });
    await tellHolder(tx, binding.accountId, profile?.email, status);
    return { status };
  });
}

/** PENDING → the decision, guarded by the status: a second decision finds nothing to change. */
async function settle(tx: Tx, actor: Actor, ids: string[], status: "CONFIRMED" | "REFUSED") {
  if (ids.length === 0) return;
  const { count } = await tx.personBinding.updateMany({
    where: { id: { in: ids }, status: "PENDING" },
    data: { status, decidedById: actor.accountId, decidedAt: new Date() },
  });
  if (count !== ids.length) throw new ConflictError(DECIDED);
}

const HOLDER_NOTICE = {
  CONFIRMED: { title: "账号绑定已确认", body: "您的个人账号已与证书记录绑定，登录后可在【我的证书】中查看本人证书。" },
  REFUSED: { title: "账号绑定未通过确认", body: "您的个人账号绑定申请未通过确认。如确为本人，请联系证书所在单位。" },
  UNDONE: { title: "账号绑定已解除", body: "审核部门已解除您的个人账号与证书记录的绑定。如有疑问，请联系审核部门。" },
} as const;

/** In-app and (when the account gave one) mail notice of a binding decision to the holder. */
export async function tellHolder(
  tx: Tx,
  accountId: string,
  email: string | null | undefined,
  status: keyof typeof HOLDER_NOTICE,
) {
  const notice = HOLDER_NOTICE[status];
  if (email) await notify(tx, { accountId, email, ...notice });
  else await tx.notification.create({ data: { accountId, ...notice } });
}
