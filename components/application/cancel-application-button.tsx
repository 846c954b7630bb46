"use client";

import { ActionDialog } from "@/components/form/action-dialog";
import type { FormState } from "@/lib/form-state";

/** A server action taking { applicationId, version } (e.g. built with cancelApplicationSchema). */
type CancelAction = (prev: FormState<void>, formData: FormData) => Promise<FormState<void>>;

/** 【取消申请】 with a confirmation, for any kind the applicant may cancel. */
export function CancelApplicationButton({
  applicationId,
  version,
  holder,
  action,
  kindLabel,
}: {
  applicationId: string;
  version: number;
  holder: string;
  action: CancelAction;
  kindLabel: string;
}) {
  return (
    <ActionDialog
      title="取消申请"
      trigger={{ label: "取消申请", variant: "secondary" }}
      action={action}
      hidden={{ applicationId, version }}
      confirm="确认取消"
      cancelLabel="返回"
    >
      {() => (
        <p className="text-sm">
          确定取消 {holder} 的{kindLabel}申请吗？取消后可重新申请。
        </p>
      )}
    </ActionDialog>
  );
}
