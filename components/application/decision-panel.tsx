"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormState } from "@/lib/form-state";
import { decisionSchema } from "@/lib/schemas/review.schema";

type Action<T> = (prev: FormState<T>, formData: FormData) => Promise<FormState<T>>;

/** 【通过】 and 【不通过】 (a reason is required) for one application, at the version the reviewer saw. */
export function DecisionPanel<T>({ action, applicationId, version }: { action: Action<T>; applicationId: string; version: number }) {
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
          <input type="hidden" name="decision" value="approve" />
          <SubmitButton pending={approve.pending}>通过</SubmitButton>
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
            <input type="hidden" name="decision" value="reject" />
            <FormMessage message={reject.state.message} />
            <TextAreaField name="opinion" label="不通过原因" required maxLength={500} error={reject.error("opinion")} hint="将告知申请单位，请写明需要修改的内容" />
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={() => setRejectOpen(false)}>
                取消
              </Button>
              <SubmitButton pending={reject.pending} variant="danger">
                确认不通过
              </SubmitButton>
            </div>
          </form>
        </Dialog>
      </div>
    </div>
  );
}
