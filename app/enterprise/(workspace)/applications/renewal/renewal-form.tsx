"use client";

import { CertificateSubject, type SubjectCertificate } from "@/components/application/application-subject";
import { SignedApplicationForm } from "@/components/application/signed-application-form";
import { FileField } from "@/components/form/file-field";
import { UPLOAD_HINT } from "@/lib/domain/upload-rules";
import { MAX_SUPPORTING_FILES, renewalSchema, resubmitRenewalSchema } from "@/lib/schemas/renewal.schema";
import { resubmitRenewalAction, submitRenewalAction } from "./actions";

type StoredFileRef = { id: string; name: string };

/**
 * 证书延续 of one holder: the signed and stamped 申请表 and 证明材料. On resubmission, newly chosen
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
  return (
    <SignedApplicationForm
      certificateId={certificateId}
      formHref={`/enterprise/applications/renewal/form/${certificateId}`}
      action={resubmit ? resubmitRenewalAction : submitRenewalAction}
      schema={resubmit ? resubmitRenewalSchema : renewalSchema}
      resubmit={resubmit}
      uploadStep="上传签字盖章后的申请表及证明材料（如安全生产教育培训证明），点击【提交】。"
      note={resubmit?.note}
    >
      {(error) => (
        <FileField
          name="supportingFiles"
          label="证明材料"
          maxFiles={MAX_SUPPORTING_FILES}
          hint={`如安全生产教育培训证明，选填，最多${MAX_SUPPORTING_FILES}个；${UPLOAD_HINT}`}
          error={error("supportingFiles")}
          current={resubmit?.supportingFiles}
        />
      )}
    </SignedApplicationForm>
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
  certificate: Omit<SubjectCertificate, "expiresOn">;
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
