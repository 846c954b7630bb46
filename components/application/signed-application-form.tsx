"use client";

import type { ReactNode } from "react";
import { Download } from "lucide-react";
import type { z } from "zod";
import { buttonClass } from "@/components/ui/button";
import { FileField } from "@/components/form/file-field";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormState } from "@/lib/form-state";

type StoredFileRef = { id: string; name: string };

/** 【下载申请表】: the PDF for one holder, to be signed and stamped. */
export function FormDownloadLink({ href }: { href: string }) {
  return (
    <a href={href} className={buttonClass("secondary")} download>
      <Download className="size-4" aria-hidden />
      下载申请表
    </a>
  );
}

/**
 * An enterprise application filed with a signed and stamped 申请表 (变更, 延续): 核对信息 →
 * 【下载申请表】 → upload the scan (and any `children` fields) → 【提交】. For a rejected application
 * (`resubmit`), the scan on record is kept unless a new one is chosen.
 */
export function SignedApplicationForm({
  certificateId,
  formHref,
  action,
  schema,
  resubmit,
  uploadStep,
  note,
  children,
}: {
  certificateId: string;
  formHref: string;
  action: (prev: FormState<void>, formData: FormData) => Promise<FormState<void>>;
  schema: z.ZodType;
  resubmit?: { applicationId: string; version: number; formFile: StoredFileRef };
  /** the third step of the instructions */
  uploadStep: string;
  /** the 备注 on record */
  note?: string;
  /** more fields after the 申请表, given the field errors */
  children?: (error: (name: string) => string | undefined) => ReactNode;
}) {
  const { state, pending, error, formProps } = useActionForm(action, schema);
  return (
    <form {...formProps} className="space-y-4">
      {resubmit ? (
        <>
          <input type="hidden" name="applicationId" value={resubmit.applicationId} />
          <input type="hidden" name="version" value={resubmit.version} />
        </>
      ) : (
        <input type="hidden" name="certificateId" value={certificateId} />
      )}
      <FormMessage message={state.message} />
      <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
        <li>核对上方信息无误（如有错误请在备注中说明）；</li>
        <li>下载申请表，由持证人签字、单位盖章；</li>
        <li>{uploadStep}</li>
      </ol>
      <FormDownloadLink href={formHref} />
      <FileField
        name="formFile"
        label="签字盖章后的申请表"
        error={error("formFile")}
        required={!resubmit}
        current={resubmit?.formFile}
      />
      {children?.(error)}
      <TextAreaField
        name="note"
        label="备注"
        maxLength={200}
        defaultValue={state.values?.note ?? note}
        error={error("note")}
        hint="核对信息有误时在此说明，选填"
      />
      <div className="flex justify-end">
        <SubmitButton pending={pending}>提交</SubmitButton>
      </div>
    </form>
  );
}
