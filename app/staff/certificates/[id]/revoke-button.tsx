"use client";

import { useState } from "react";
import { Ban } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ConfirmButtons, FormMessage, TextAreaField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
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
  const [open, setOpen] = useState(false);
  const { state, pending, error, formProps } = useActionForm(revokeCertificateAction, revokeCertificateSchema);
  return (
    <Dialog
      open={open && !state.ok}
      onOpenChange={setOpen}
      title="撤销证书"
      trigger={
        <Button variant="danger">
          <Ban className="size-4" aria-hidden />
          撤销证书
        </Button>
      }
    >
      <form {...formProps} className="space-y-4">
        <input type="hidden" name="certificateId" value={certificateId} />
        <input type="hidden" name="version" value={version} />
        <FormMessage message={state.message} />
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
        <ConfirmButtons pending={pending} onCancel={() => setOpen(false)}>
          确认撤销
        </ConfirmButtons>
      </form>
    </Dialog>
  );
}
