"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { decideApplication, decideApplications } from "@/lib/server/review/decide-application";
import { batchDecisionSchema, decisionSchema } from "@/lib/schemas/review.schema";
import { z } from "@/lib/schemas/zod";
import { APPLICATION_KINDS } from "@/lib/domain/workflow";

const kind = z.enum(APPLICATION_KINDS);

export const decideAction = authedAction(
  { permission: "application.decide", schema: decisionSchema.and(z.object({ kind })) },
  async ({ actor, input }) => {
    const result = await decideApplication({
      actor,
      kind: input.kind,
      applicationId: input.applicationId,
      expectedVersion: input.version,
      decision: input.decision,
      opinion: input.opinion,
    });
    revalidatePath("/staff", "layout");
    return result;
  },
);

export const batchDecideAction = authedAction(
  { permission: "application.decide", schema: batchDecisionSchema.extend({ kind }) },
  async ({ actor, input }) => {
    const results = await decideApplications({
      actor,
      kind: input.kind,
      decision: input.decision,
      items: input.items.map((item) => {
        const [applicationId, version] = item.split(":");
        return { applicationId, expectedVersion: Number(version) };
      }),
    });
    revalidatePath("/staff", "layout");
    return results;
  },
);
