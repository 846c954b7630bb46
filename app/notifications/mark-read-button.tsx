"use client";

import { SubmitButton } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { markReadAction } from "./actions";

export function MarkReadButton() {
  const { pending, formProps } = useActionForm(markReadAction);
  return (
    <form {...formProps}>
      <SubmitButton pending={pending} variant="secondary">
        全部标为已读
      </SubmitButton>
    </form>
  );
}
