"use client";

import { FormMessage, SubmitButton, TextAreaField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { transferOutSchema } from "@/lib/schemas/person.schema";
import { submitTransferOutAction } from "./actions";

/** 【调出申请】: the reason, then 【提交】. */
export function TransferOutForm({ certificateId }: { certificateId: string }) {
  const { state, pending, error, formProps } = useActionForm(submitTransferOutAction, transferOutSchema);
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="certificateId" value={certificateId} />
      <FormMessage message={state.message} />
      <TextAreaField
        name="reason"
        label="申请原因"
        rows={4}
        maxLength={200}
        placeholder="如：与单位解除劳动合同"
        defaultValue={state.values?.reason}
        error={error("reason")}
        hint="200字以内"
        required
      />
      <SubmitButton pending={pending} className="w-full sm:w-auto">
        提交
      </SubmitButton>
    </form>
  );
}
