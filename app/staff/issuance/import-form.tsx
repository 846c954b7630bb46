"use client";

import { FileField } from "@/components/form/file-field";
import { FormMessage, SubmitButton } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { IMPORT_ACCEPT, IMPORT_HINT } from "@/lib/domain/certificate-issuance";
import { previewImportAction } from "./actions";

/** 批量导入 › 【上传并预览】: nothing is issued before the preview is confirmed. */
export function ImportForm() {
  const { state, pending, error, formProps } = useActionForm(previewImportAction);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage message={state.message} />
      <FileField
        name="file"
        label="导入文件"
        required
        accept={IMPORT_ACCEPT}
        hint={IMPORT_HINT}
        error={error("file")}
      />
      <SubmitButton pending={pending}>上传并预览</SubmitButton>
    </form>
  );
}
