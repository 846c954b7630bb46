"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import {
  createStaffAccountSchema,
  staffAccountIdSchema,
  updateStaffAccountSchema,
} from "@/lib/schemas/staff-account.schema";
import { createStaffAccount } from "@/lib/server/staff-accounts/create-staff-account";
import { disableStaffAccount } from "@/lib/server/staff-accounts/disable-staff-account";
import { enableStaffAccount } from "@/lib/server/staff-accounts/enable-staff-account";
import { resetSecondFactor } from "@/lib/server/second-factor/reset-second-factor";
import { resetStaffPassword } from "@/lib/server/staff-accounts/reset-staff-password";
import { updateStaffAccount } from "@/lib/server/staff-accounts/update-staff-account";

const manage = "staff.accounts.manage" as const;
const refresh = (accountId?: string) => {
  revalidatePath("/staff/admin/accounts");
  if (accountId) revalidatePath(`/staff/admin/accounts/${accountId}`);
};

export const createStaffAccountAction = authedAction(
  { permission: manage, schema: createStaffAccountSchema },
  async ({ actor, input, meta }) => {
    const result = await createStaffAccount({ actor, input, ip: meta.ip });
    refresh();
    return result;
  },
);

export const updateStaffAccountAction = authedAction(
  { permission: manage, schema: updateStaffAccountSchema },
  async ({ actor, input, meta }) => {
    await updateStaffAccount({ actor, ...input, ip: meta.ip });
    refresh(input.accountId);
    return { saved: true };
  },
);

export const disableStaffAccountAction = authedAction(
  { permission: manage, schema: staffAccountIdSchema },
  async ({ actor, input, meta }) => {
    await disableStaffAccount({ actor, accountId: input.accountId, ip: meta.ip });
    refresh(input.accountId);
  },
);

export const enableStaffAccountAction = authedAction(
  { permission: manage, schema: staffAccountIdSchema },
  async ({ actor, input, meta }) => {
    await enableStaffAccount({ actor, accountId: input.accountId, ip: meta.ip });
    refresh(input.accountId);
  },
);

export const resetStaffPasswordAction = authedAction(
  { permission: manage, schema: staffAccountIdSchema },
  async ({ actor, input, meta }) => {
    const result = await resetStaffPassword({ actor, accountId: input.accountId, ip: meta.ip });
    refresh(input.accountId);
    return result;
  },
);

export const resetSecondFactorAction = authedAction(
  { permission: manage, schema: staffAccountIdSchema },
  async ({ actor, input, meta }) => {
    await resetSecondFactor({ actor, accountId: input.accountId, ip: meta.ip });
    refresh(input.accountId);
  },
);
