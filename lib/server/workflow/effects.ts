import "server-only";
import type { ApplicationKind, ApplicationStatus, WorkflowAction } from "@/lib/domain/workflow";
import type { Actor } from "../auth/actor";
import type { Tx } from "../db";

interface EffectContext {
  application: { id: string; kind: ApplicationKind; status: ApplicationStatus; enterpriseId: string; payload: unknown };
  action: WorkflowAction;
  actor: Actor;
}

type Effect = (tx: Tx, ctx: EffectContext) => Promise<void>;

/**
 * What an approved (or otherwise moved) application does to the rest of the data, run in the same
 * transaction as the status change. Keyed by kind, then by the status reached.
 */
const EFFECTS: Partial<Record<ApplicationKind, Partial<Record<ApplicationStatus, Effect>>>> = {
  ENTERPRISE_REGISTRATION: {
    APPROVED: async (tx, { application }) => {
      await tx.enterprise.update({ where: { id: application.enterpriseId }, data: { approvedAt: new Date() } });
    },
  },
};

export async function applyEffect(tx: Tx, ctx: EffectContext): Promise<void> {
  await EFFECTS[ctx.application.kind]?.[ctx.application.status]?.(tx, ctx);
}
