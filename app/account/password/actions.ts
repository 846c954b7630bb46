"use server";

import { authedAction } from "@/lib/server/action";
import { HOME_BY_ROLE } from "@/lib/server/auth/current-actor";
import { changePassword } from "@/lib/server/password/change-password";
import { changePasswordSchema } from "@/lib/schemas/password.schema";

export const changePasswordAction = authedAction(
  {
    roles: ["ENTERPRISE", "PERSON", "REVIEWER", "ASSESSOR", "ADMIN"],
    schema: changePasswordSchema,
    allowUnapprovedEnterprise: true,
    allowPendingPasswordChange: true,
  },
  async ({ actor, input }) => {
    await changePassword({ actor, oldPassword: input.oldPassword, password: input.password });
    return { home: HOME_BY_ROLE[actor.role] };
  },
);
