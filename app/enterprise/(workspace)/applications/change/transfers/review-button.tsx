"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { unitTransferDecisionSchema } from "@/lib/schemas/transfer.schema";
import { unitDecideAction } from "./actions";

/**
 * A row's 【审核】: 同意 / 不同意 and 意见 (required for 不同意). The row sits inside the batch form, and
 * React passes events up through the dialog's portal, so the submit stops here.
 */
export function ReviewTransferButton({
  kind,
  applicationId,
  version,
  holder,
  certificateNumber,
  reason,
}: {
  kind: "TRANSFER_OUT" | "TRANSFER_IN";
  applicationId: string;
  version: number;
  holder: string;
  certificateNumber: string;
  reason: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [decision, setDecision] = useState<string>("");
  const { state, pending, error, formProps } = useActionForm(unitDecideAction, unitTransferDecisionSchema);
  const verb = kind === "TRANSFER_OUT" ? "调出" : "调入";
  const decisionId = useId();
  const decisionError = error("decision");
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        // After "已被他人处理" and the like, show the list as it is now.
        if (!next && state.message) router.refresh();
      }}
      title={`审核${verb}申请`}
      trigger={
        <Button className="min-h-8 px-3 py-1" aria-label={`审核 ${holder} 的${verb}申请`}>
          审核
        </Button>
      }
    >
      <form
        {...formProps}
        onSubmit={(event) => {
          event.stopPropagation();
          formProps.onSubmit(event);
        }}
        className="space-y-4"
      >
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="version" value={version} />
        <FormMessage message={state.message} />
        <dl className="grid grid-cols-[5rem_1fr] gap-x-2 gap-y-1 rounded-md bg-slate-50 px-3 py-2 text-sm">
          <dt className="text-slate-500">持证人</dt>
          <dd>{holder}</dd>
          <dt className="text-slate-500">证书编号</dt>
          <dd className="break-all">{certificateNumber}</dd>
          <dt className="text-slate-500">申请原因</dt>
          <dd className="break-words">{reason}</dd>
        </dl>
        <fieldset
          role="radiogroup"
          className="space-y-1"
          aria-invalid={decisionError ? true : undefined}
          aria-describedby={decisionError ? `${decisionId}-error` : undefined}
        >
          <legend className="mb-1 text-sm font-medium text-slate-700">
            <span className="mr-0.5 text-red-600" aria-hidden>
              *
            </span>
            审核结果
          </legend>
          <div className="flex gap-6">
            {[
              { value: "unitApprove", label: `同意${verb}` },
              { value: "unitReject", label: `不同意${verb}` },
            ].map((o) => (
              <label key={o.value} className="flex min-h-10 items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="decision"
                  value={o.value}
                  checked={decision === o.value}
                  onChange={() => setDecision(o.value)}
                  className="size-4"
                />
                {o.label}
              </label>
            ))}
          </div>
          {decisionError && (
            <p id={`${decisionId}-error`} className="text-xs text-red-600" role="alert">
              {decisionError}
            </p>
          )}
        </fieldset>
        <TextAreaField
          name="opinion"
          label="意见"
          required={decision === "unitReject"}
          error={error("opinion")}
          hint={decision === "unitReject" ? "请写明不同意的原因，持证人会收到通知" : "选填"}
          maxLength={500}
        />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            返回
          </Button>
          <SubmitButton pending={pending}>提交</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
