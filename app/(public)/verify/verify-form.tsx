"use client";

import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { Alert } from "@/components/ui/alert";
import { verifyCertificateSchema } from "@/lib/schemas/verify-certificate.schema";
import { verifyCertificateAction } from "./actions";
import { VerificationCard } from "./verification-card";

export function VerifyForm() {
  const { state, pending, field, formProps } = useActionForm(verifyCertificateAction, verifyCertificateSchema);
  const answered = state.ok && state.data !== undefined;
  return (
    <div className="space-y-4">
      <form {...formProps} role="search" aria-label="证书查询" className="space-y-4">
        <FormMessage message={state.message} />
        <TextField
          {...field("number")}
          label="证书编号"
          placeholder="如 浙交安C(24)G00123"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          required
        />
        <TextField
          {...field("holderName")}
          label="持证人姓名"
          placeholder="请输入持证人姓名"
          autoComplete="off"
          maxLength={50}
          required
        />
        <SubmitButton pending={pending} className="w-full">
          查询
        </SubmitButton>
      </form>
      <div aria-live="polite">
        {answered &&
          (state.data!.certificate ? (
            <VerificationCard certificate={state.data!.certificate} />
          ) : (
            <Alert tone="info" title="未查询到">
              请核对证书编号和持证人姓名后重新查询。
            </Alert>
          ))}
      </div>
    </div>
  );
}
