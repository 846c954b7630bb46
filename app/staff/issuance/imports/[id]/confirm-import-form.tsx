"use client";

import { FormMessage, SubmitButton } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { confirmImportSchema } from "@/lib/schemas/issuance.schema";
import { confirmImportAction } from "../../actions";

/** 【确认导入】: issues the rows without errors, in one transaction; a second click issues nothing. */
export function ConfirmImportForm({ importId, validCount }: { importId: string; validCount: number }) {
  const { state, pending, formProps } = useActionForm(confirmImportAction, confirmImportSchema);
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="importId" value={importId} />
      <FormMessage message={state.message} />
      <SubmitButton pending={pending} disabled={validCount === 0 || state.ok}>
        确认导入（{validCount} 行）
      </SubmitButton>
    </form>
  );
}
