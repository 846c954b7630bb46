"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { FormDownloadLink } from "@/components/application/signed-application-form";
import { FileField } from "@/components/form/file-field";
import { FormMessage, SubmitButton } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { batchUnitInfoChangeAction } from "../actions";

type Holder = { certificateId: string; name: string; number: string; oldUnitName: string; submitted: boolean };

/** 批量申请: one scan per holder, one 【提交】; each holder's application succeeds or says why not. */
export function BatchUnitInfoForm({ holders, newUnitName }: { holders: Holder[]; newUnitName: string }) {
  const { state, pending, formProps } = useActionForm(batchUnitInfoChangeAction);
  const results = new Map((state.data ?? []).map((r) => [r.id, r]));
  const failed = (state.data ?? []).filter((r) => !r.ok).length;
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage message={state.message} />
      {state.ok && (
        <Alert
          tone={failed ? "error" : "success"}
          title={`已提交 ${results.size - failed} 人${failed ? `，${failed} 人未提交` : ""}`}
        >
          {failed ? (
            "未提交的人员见下方提示，修改后可再次提交。"
          ) : (
            <Link href="/enterprise/applications/change/unit-info?tab=pending" className="underline">
              查看待审核
            </Link>
          )}
        </Alert>
      )}
      <ul className="space-y-4">
        {holders.map((h) => {
          const result = results.get(h.certificateId);
          return (
            <li key={h.certificateId} className="space-y-2 rounded-md border border-slate-200 p-3">
              <p className="text-sm font-medium">
                {h.name} · {h.number}
              </p>
              <p className="text-xs text-slate-600">
                {h.oldUnitName} → {newUnitName}
              </p>
              {result?.ok || (h.submitted && !result) ? (
                <Alert tone="success">已提交</Alert>
              ) : (
                <>
                  <input type="hidden" name="certificateIds" value={h.certificateId} />
                  <FormDownloadLink href={`/enterprise/applications/change/unit-info/form/${h.certificateId}`} />
                  <FileField
                    name={`formFile_${h.certificateId}`}
                    label={`${h.name} 签字盖章后的申请表`}
                    required
                    error={result?.message}
                  />
                </>
              )}
            </li>
          );
        })}
      </ul>
      {holders.some((h) => !h.submitted) && !(state.ok && failed === 0) && (
        <div className="flex justify-end">
          <SubmitButton pending={pending}>提交</SubmitButton>
        </div>
      )}
    </form>
  );
}
