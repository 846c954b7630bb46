"use server";

import { HOME_PATH, PASSWORD_CHANGE_PATH } from "@/lib/domain/permissions";
import { sessionToken, setSessionCookie } from "@/lib/server/auth/current-actor";
import { login } from "@/lib/server/auth/login";
import { publicAction } from "@/lib/server/action";
import { loginSchema } from "@/lib/schemas/password.schema";

export const loginAction = publicAction(
  { schema: loginSchema, redirectTo: (r: { to: string }) => r.to },
  async ({ input, meta }) => {
    const session = await login({
      portal: input.portal,
      account: input.account,
      password: input.password,
      previousToken: await sessionToken(),
      ...meta,
    });
    await setSessionCookie(session.token, session.expiresAt);
    return { to: session.mustChangePassword ? PASSWORD_CHANGE_PATH : HOME_PATH[session.role] };
  },
);
