"use client";

import { SignedApplicationForm } from "@/components/application/signed-application-form";
import { resubmitUnitInfoChangeSchema, unitInfoChangeSchema } from "@/lib/schemas/unit-info-change.schema";
import { resubmitUnitInfoChangeAction, submitUnitInfoChangeAction } from "./actions";

/** 单位信息变更 of one holder: the signed and stamped 申请表 only. */
export function UnitInfoChangeForm({
  certificateId,
  resubmit,
}: {
  certificateId: string;
  resubmit?: { applicationId: string; version: number; formFile: { id: string; name: string } };
}) {
  return (
    <SignedApplicationForm
      certificateId={certificateId}
      formHref={`/enterprise/applications/change/unit-info/form/${certificateId}`}
      action={resubmit ? resubmitUnitInfoChangeAction : submitUnitInfoChangeAction}
      schema={resubmit ? resubmitUnitInfoChangeSchema : unitInfoChangeSchema}
      resubmit={resubmit}
      uploadStep="扫描或拍照后上传，点击【提交】。"
    />
  );
}
