"use client";

import { useState } from "react";
import { HolderApplicationForm } from "@/components/application/holder-application-form";
import { FileField } from "@/components/form/file-field";
import { TextAreaField } from "@/components/form/fields";
import { SelectField } from "@/components/form/select-field";
import { useActionForm } from "@/components/form/use-action-form";
import { certificateCancellationSchema } from "@/lib/schemas/certificate-cancellation.schema";
import { CANCELLATION_REASONS } from "@/lib/schemas/payloads";
import type { FormState } from "@/lib/form-state";

type SubmitAction = (prev: FormState<void>, formData: FormData) => Promise<FormState<void>>;

/** 【注销申请】: the reason (其他 with its text), an optional attachment, then 【提交】 (holder and unit alike). */
export function CertificateCancellationForm({
  certificateId,
  action,
}: {
  certificateId: string;
  action: SubmitAction;
}) {
  const form = useActionForm(action, certificateCancellationSchema);
  const { state, error } = form;
  const [reason, setReason] = useState(state.values?.reason ?? "");
  return (
    <HolderApplicationForm certificateId={certificateId} form={form}>
      <SelectField
        name="reason"
        label="注销原因"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={error("reason")}
        options={CANCELLATION_REASONS}
        placeholder="请选择"
        required
      />
      {reason === "其他" && (
        <TextAreaField
          name="reasonText"
          label="请说明注销原因"
          rows={3}
          maxLength={200}
          defaultValue={state.values?.reasonText}
          error={error("reasonText")}
          hint="200字以内"
          required
        />
      )}
      <FileField name="attachment" label="附件（选填）" error={error("attachment")} />
    </HolderApplicationForm>
  );
}
