"use client";

import { HolderApplicationForm, TransferReasonField } from "@/components/application/holder-application-form";
import { useActionForm } from "@/components/form/use-action-form";
import { transferOutSchema } from "@/lib/schemas/person.schema";
import { submitTransferOutAction } from "./actions";

/** 【调出申请】: the reason, then 【提交】. */
export function TransferOutForm({ certificateId }: { certificateId: string }) {
  const form = useActionForm(submitTransferOutAction, transferOutSchema);
  return (
    <HolderApplicationForm certificateId={certificateId} form={form}>
      <TransferReasonField
        placeholder="如：与单位解除劳动合同"
        defaultValue={form.state.values?.reason}
        error={form.error("reason")}
      />
    </HolderApplicationForm>
  );
}
