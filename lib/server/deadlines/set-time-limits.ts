import "server-only";
import { allTimedStages } from "@/lib/domain/deadlines";
import { assertRole, type Actor } from "../auth/actor";
import { audit } from "../audit";
import { db } from "../db";
import { loadTimeLimits } from "./due-on";
import { recomputeDueDates } from "./recompute-due-dates";

/**
 * 系统管理员: sets the 办理时限 (working days) of the timed stages. Only the stages whose limit changes
 * are written, audited (before/after) and have their open applications' due dates computed again,
 * all in one transaction. Returns how many stages changed.
 */
export async function setTimeLimits({ actor, input }: { actor: Actor; input: Record<string, number> }) {
  assertRole(actor, ["ADMIN"]);
  return db.$transaction(async (tx) => {
    const limitOf = await loadTimeLimits(tx);
    const changed = allTimedStages()
      .map((stage) => ({ ...stage, before: limitOf(stage.kind, stage.status), days: input[stage.key] }))
      .filter((stage) => Number.isInteger(stage.days) && stage.days !== stage.before);
    for (const { kind, status, days, before, key } of changed) {
      await tx.stageTimeLimit.upsert({
        where: { kind_status: { kind, status } },
        create: { kind, status, days },
        update: { days },
      });
      await audit(tx, {
        actor,
        action: "time-limits.update",
        targetType: "StageTimeLimit",
        targetId: key,
        detail: { before, after: days },
      });
      await recomputeDueDates(tx, { kind, status });
    }
    return changed.length;
  });
}
