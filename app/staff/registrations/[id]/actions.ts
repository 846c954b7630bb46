"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { decideApplication } from "@/lib/server/review/decide-application";
import { decisionSchema } from "@/lib/schemas/review.schema";

export const decideRegistrationAction = authedAction({ roles: ["REVIEWER"], schema: decisionSchema }, async ({ actor, input }) => {
  const result = await decideApplication({
    kind: "ENTERPRISE_REGISTRATION",
    actor,
    applicationId: input.applicationId,
    expectedVersion: input.version,
    decision: input.decision,
    opinion: input.opinion,
  });
  revalidatePath(`/staff/registrations/${input.applicationId}`);
  return result;
});
