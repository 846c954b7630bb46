"use server";

import { HOME_PATH, PASSWORD_CHANGE_PATH, SECOND_FACTOR_LOGIN_PATH } from "@/lib/domain/permissions";
import { sessionToken, setSessionCookie } from "@/lib/server/auth/current-actor";
import { login, SecondFactorRequired } from "@/lib/server/auth/login";
import { setChallengeCookie } from "@/lib/server/second-factor/challenge-cookie";
import { publicAction } from "@/lib/server/action";
import { loginSchema } from "@/lib/schemas/password.schema";

export const loginAction = publicAction(
  { schema: loginSchema, redirectTo: (r: { to: string }) => r.to },
  async ({ input, meta }) => {
    let session;
    try {
      session = await login({
        portal: input.portal,
        account: input.account,
        password: input.password,
        previousToken: await sessionToken(),
        ...meta,
      });
    } catch (error) {
      if (!(error instanceof SecondFactorRequired)) throw error;
      await setChallengeCookie(error.challenge);
      return { to: SECOND_FACTOR_LOGIN_PATH };
    }
    await setSessionCookie(session.token, session.expiresAt);
    return { to: session.mustChangePassword ? PASSWORD_CHANGE_PATH : HOME_PATH[session.role] };
  },
);
