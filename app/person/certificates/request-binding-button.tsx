"use client";

import { FormMessage, SubmitButton } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { requestBindingAction } from "./actions";

/** 【申请绑定】 for an account bound to no record; the answer shows beside it. */
export function RequestBindingButton() {
  const { state, pending, formProps } = useActionForm(requestBindingAction);
  return (
    <form {...formProps} className="space-y-2">
      <FormMessage message={state.message} />
      <SubmitButton pending={pending}>申请绑定</SubmitButton>
    </form>
  );
}
