"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { requestPersonBinding } from "@/lib/server/person-bindings/request-person-binding";
import { bindingRequestSchema } from "@/lib/schemas/person-binding.schema";

/** 【申请绑定】: the account claims the record matching its registration (confirmed by the unit). */
export const requestBindingAction = authedAction(
  { permission: "person.binding.request", schema: bindingRequestSchema },
  async ({ actor }) => {
    await requestPersonBinding({ actor });
    revalidatePath("/person/certificates");
  },
);
