"use client";

import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { CertificateSubject } from "@/components/application/application-subject";
import { FileField, FormMessage, SubmitButton, TextAreaField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { UPLOAD_HINT } from "@/lib/domain/upload-rules";
import { MAX_SUPPORTING_FILES, renewalSchema, resubmitRenewalSchema } from "@/lib/schemas/renewal.schema";
import { resubmitRenewalAction, submitRenewalAction } from "./actions";

type StoredFileRef = { id: string; name: string };

/**
 * 核对信息 → 【下载申请表】 → upload the signed and stamped form and 证明材料 → 【提交】. For a rejected
 * application (`resubmit`), the form on record is kept unless a new one is chosen, and newly chosen
 * 证明材料 are added to those already uploaded.
 */
export function RenewalForm({
  certificateId,
  resubmit,
}: {
  certificateId: string;
  resubmit?: {
    applicationId: string;
    version: number;
    formFile: StoredFileRef;
    supportingFiles: StoredFileRef[];
    note?: string;
  };
}) {
  const { state, pending, error, formProps } = useActionForm(
    resubmit ? resubmitRenewalAction : submitRenewalAction,
    resubmit ? resubmitRenewalSchema : renewalSchema,
  );
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
        <li>上传签字盖章后的申请表及证明材料（如安全生产教育培训证明），点击【提交】。</li>
      </ol>
      <a href={`/enterprise/applications/renewal/form/${certificateId}`} className={buttonClass("secondary")} download>
        <Download className="size-4" aria-hidden />
        下载申请表
      </a>
      <FileField
        name="formFile"
        label="签字盖章后的申请表"
        error={error("formFile")}
        required={!resubmit}
        current={resubmit?.formFile}
      />
      <FileField
        name="supportingFiles"
        label="证明材料"
        maxFiles={MAX_SUPPORTING_FILES}
        hint={`如安全生产教育培训证明，选填，最多${MAX_SUPPORTING_FILES}个；${UPLOAD_HINT}`}
        error={error("supportingFiles")}
        current={resubmit?.supportingFiles}
      />
      <TextAreaField
        name="note"
        label="备注"
        maxLength={200}
        defaultValue={state.values?.note ?? resubmit?.note}
        error={error("note")}
        hint="核对信息有误时在此说明，选填"
      />
      <div className="flex justify-end">
        <SubmitButton pending={pending}>提交</SubmitButton>
      </div>
    </form>
  );
}

/**
 * 核对信息: the holder and certificate as the enterprise sees them (ID masked), and the expiry being
 * extended → the expiry after renewal.
 */
export function RenewalCheck({
  person,
  idNumber,
  certificate,
  expiresOn,
  renewedOn,
}: {
  person: { name: string };
  /** already masked: only masked data is sent to the browser */
  idNumber: string;
  certificate: {
    number: string;
    category: "A" | "B" | "C";
    specialty: "HIGHWAY" | "WATERWAY";
    unitName: string | null;
  };
  /** the expiry being extended (YYYY-MM-DD) */
  expiresOn: string;
  /** renewedExpiry(expiresOn) */
  renewedOn: string;
}) {
  return (
    <div className="space-y-3">
      <CertificateSubject person={person} certificate={{ ...certificate, expiresOn }} idNumber={idNumber} />
      <p className="rounded-md bg-slate-50 p-3 text-sm">
        有效期至 {expiresOn} → 延续后有效期至 <span className="font-medium">{renewedOn}</span>
      </p>
    </div>
  );
}
