"use server";

import { HOME_PATH, PASSWORD_CHANGE_PATH } from "@/lib/domain/permissions";
import { sessionToken, setSessionCookie } from "@/lib/server/auth/current-actor";
import { publicAction } from "@/lib/server/action";
import { challengeToken, clearChallengeCookie } from "@/lib/server/second-factor/challenge-cookie";
import { completeSecondFactor } from "@/lib/server/second-factor/complete-second-factor";
import { secondFactorLoginSchema } from "@/lib/schemas/second-factor.schema";

/** The second step of a staff login; the challenge cookie from the password step is the credential. */
export const secondFactorLoginAction = publicAction(
  { schema: secondFactorLoginSchema, redirectTo: (r: { to: string }) => r.to },
  async ({ input, meta }) => {
    const session = await completeSecondFactor({
      challengeToken: await challengeToken(),
      code: input.code,
      previousToken: await sessionToken(),
      ...meta,
    });
    await clearChallengeCookie();
    await setSessionCookie(session.token, session.expiresAt);
    return { to: session.mustChangePassword ? PASSWORD_CHANGE_PATH : HOME_PATH[session.role] };
  },
);
