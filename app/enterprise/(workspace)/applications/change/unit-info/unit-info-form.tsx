"use client";

import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { FileField, FormMessage, SubmitButton, TextAreaField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { resubmitUnitInfoChangeSchema, unitInfoChangeSchema } from "@/lib/schemas/unit-info-change.schema";
import { resubmitUnitInfoChangeAction, submitUnitInfoChangeAction } from "./actions";

/**
 * 核对信息 → 【下载申请表】 → upload the signed and stamped scan → 【提交】. For a rejected
 * application (`resubmit`), the scan on record is kept unless a new one is chosen.
 */
export function UnitInfoChangeForm({
  certificateId,
  resubmit,
}: {
  certificateId: string;
  resubmit?: { applicationId: string; version: number; formFile: { id: string; name: string } };
}) {
  const { state, pending, error, formProps } = useActionForm(
    resubmit ? resubmitUnitInfoChangeAction : submitUnitInfoChangeAction,
    resubmit ? resubmitUnitInfoChangeSchema : unitInfoChangeSchema,
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
        <li>扫描或拍照后上传，点击【提交】。</li>
      </ol>
      <a
        href={`/enterprise/applications/change/unit-info/form/${certificateId}`}
        className={buttonClass("secondary")}
        download
      >
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
      <TextAreaField
        name="note"
        label="备注"
        maxLength={200}
        defaultValue={state.values?.note}
        error={error("note")}
        hint="核对信息有误时在此说明，选填"
      />
      <div className="flex justify-end">
        <SubmitButton pending={pending}>提交</SubmitButton>
      </div>
    </form>
  );
}
