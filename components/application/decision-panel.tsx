"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ConfirmButtons, FormMessage, SubmitButton, TextAreaField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormState } from "@/lib/form-state";
import { decisionSchema } from "@/lib/schemas/decision.schema";

type Action<T> = (prev: FormState<T>, formData: FormData) => Promise<FormState<T>>;

/**
 * 【通过】 (or 【核发证书】 for the 考核部门) and 【不通过】 (a reason is required) for one application,
 * at the version the reviewer saw.
 */
export function DecisionPanel<T>({
  action,
  applicationId,
  version,
  approveLabel = "通过",
  approveDecision = "approve",
  hidden = {},
}: {
  action: Action<T>;
  applicationId: string;
  version: number;
  approveLabel?: string;
  approveDecision?: "approve" | "issue";
  /** further fields every submission carries (e.g. the application kind) */
  hidden?: Record<string, string>;
}) {
  const extra = Object.entries(hidden).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
  const approve = useActionForm(action, decisionSchema);
  const reject = useActionForm(action, decisionSchema);
  const [rejectOpen, setRejectOpen] = useState(false);
  const done = approve.state.ok || reject.state.ok;

  if (done) return <Alert tone="success">已处理。</Alert>;
  return (
    <div className="space-y-3">
      <FormMessage message={approve.state.message} />
      <div className="flex flex-wrap gap-2">
        <form {...approve.formProps}>
          <input type="hidden" name="applicationId" value={applicationId} />
          <input type="hidden" name="version" value={version} />
          {extra}
          <input type="hidden" name="decision" value={approveDecision} />
          <SubmitButton pending={approve.pending}>{approveLabel}</SubmitButton>
        </form>
        <Dialog
          open={rejectOpen}
          onOpenChange={setRejectOpen}
          title="审核不通过"
          trigger={<Button variant="danger">不通过</Button>}
        >
          <form {...reject.formProps} className="space-y-4">
            <input type="hidden" name="applicationId" value={applicationId} />
            <input type="hidden" name="version" value={version} />
            {extra}
            <input type="hidden" name="decision" value="reject" />
            <FormMessage message={reject.state.message} />
            <TextAreaField
              name="opinion"
              label="不通过原因"
              required
              maxLength={500}
              error={reject.error("opinion")}
              hint="将告知申请单位，请写明需要修改的内容"
            />
            <ConfirmButtons pending={reject.pending} onCancel={() => setRejectOpen(false)}>
              确认不通过
            </ConfirmButtons>
          </form>
        </Dialog>
      </div>
    </div>
  );
}
