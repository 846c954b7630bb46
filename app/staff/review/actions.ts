"use server";

import { revalidatePath } from "next/cache";
import { APPLICATION_KINDS } from "@/lib/domain/application-kinds";
import { authedAction } from "@/lib/server/action";
import { decideApplications, decidePosted } from "@/lib/server/workflow/decide-application";
import { batchDecisionSchema, decisionSchema } from "@/lib/schemas/decision.schema";
import { z } from "@/lib/schemas/zod";

const kind = z.enum(APPLICATION_KINDS);

export const decideAction = authedAction(
  { permission: "application.decide", schema: decisionSchema.and(z.object({ kind })) },
  async ({ actor, input }) => {
    const result = await decidePosted(actor, input);
    revalidatePath("/staff", "layout");
    return result;
  },
);

export const batchDecideAction = authedAction(
  { permission: "application.decide", schema: batchDecisionSchema.extend({ kind }) },
  async ({ actor, input }) => {
    const results = await decideApplications({ actor, kind: input.kind, action: input.decision, items: input.items });
    revalidatePath("/staff", "layout");
    return results;
  },
);
