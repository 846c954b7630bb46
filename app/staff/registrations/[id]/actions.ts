"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { decideRegistration } from "@/lib/server/registration/decide-registration";
import { decisionSchema } from "@/lib/schemas/review.schema";

export const decideRegistrationAction = authedAction({ roles: ["REVIEWER"], schema: decisionSchema }, async ({ actor, input }) => {
  const result = await decideRegistration({
    actor,
    applicationId: input.applicationId,
    expectedVersion: input.version,
    decision: input.decision,
    opinion: input.opinion,
  });
  revalidatePath(`/staff/registrations/${input.applicationId}`);
  return result;
});
