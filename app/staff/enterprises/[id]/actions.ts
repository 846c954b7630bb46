"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { resetEnterprisePassword } from "@/lib/server/password/reset-enterprise-password";
import { z } from "@/lib/schemas/zod";

export const resetEnterprisePasswordAction = authedAction(
  { permission: "enterprise.manage", schema: z.object({ enterpriseId: z.uuid() }) },
  async ({ actor, input }) => {
    const result = await resetEnterprisePassword({ actor, enterpriseId: input.enterpriseId });
    revalidatePath(`/staff/enterprises/${input.enterpriseId}`);
    return result;
  },
);
