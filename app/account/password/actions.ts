"use server";

import { authedAction } from "@/lib/server/action";
import { HOME_PATH } from "@/lib/domain/permissions";
import { changePassword } from "@/lib/server/password/change-password";
import { changePasswordSchema } from "@/lib/schemas/password.schema";

export const changePasswordAction = authedAction(
  { permission: "account.password.change", schema: changePasswordSchema },
  async ({ actor, input }) => {
    await changePassword({ actor, oldPassword: input.oldPassword, password: input.password });
    return { home: HOME_PATH[actor.role] };
  },
);
