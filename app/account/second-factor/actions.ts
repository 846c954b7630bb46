"use server";

import { authedAction } from "@/lib/server/action";
import { confirmSecondFactorEnrolment } from "@/lib/server/second-factor/confirm-second-factor-enrolment";
import { enrolSecondFactorSchema } from "@/lib/schemas/second-factor.schema";

export const enrolSecondFactorAction = authedAction(
  { permission: "account.second-factor.enrol", schema: enrolSecondFactorSchema },
  ({ actor, input }) => confirmSecondFactorEnrolment({ actor, code: input.code }),
);
