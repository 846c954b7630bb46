"use client";

import { Ban } from "lucide-react";
import { ActionDialog } from "@/components/form/action-dialog";
import { TextAreaField } from "@/components/form/fields";
import { REVOKE_REASON_MAX, revokeCertificateSchema } from "@/lib/schemas/revoke-certificate.schema";
import { revokeCertificateAction } from "./actions";

const EFFECTS = "不再列入单位的有效证书，扫码查验显示已注销，电子证书不能再下载。持证人和所在单位将收到通知。";

/** 【撤销证书】 → reason → 【确认撤销】, at the certificate version the assessor saw. */
export function RevokeCertificateButton({
  certificateId,
  version,
  number,
}: {
  certificateId: string;
  version: number;
  number: string;
}) {
  return (
    <ActionDialog
      title="撤销证书"
      trigger={{ label: "撤销证书", icon: Ban, variant: "danger" }}
      action={revokeCertificateAction}
      schema={revokeCertificateSchema}
      hidden={{ certificateId, version }}
      confirm="确认撤销"
    >
      {(error) => (
        <>
          <p className="text-sm text-slate-700">
            撤销后，证书 <span className="font-mono break-all">{number}</span> 的状态变为“已注销”，且不能恢复：{EFFECTS}
          </p>
          <TextAreaField
            name="reason"
            label="撤销原因"
            required
            maxLength={REVOKE_REASON_MAX}
            error={error("reason")}
            hint="如：以欺骗、贿赂等不正当手段取得证书。原因将告知持证人和所在单位"
          />
        </>
      )}
    </ActionDialog>
  );
}
