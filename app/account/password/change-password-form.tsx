"use client";

import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { FormMessage, SubmitButton } from "@/components/form/fields";
import { CurrentPasswordField, NewPasswordFields } from "@/components/form/password-fields";
import { useActionForm } from "@/components/form/use-action-form";
import { changePasswordSchema } from "@/lib/schemas/password.schema";
import { changePasswordAction } from "./actions";

/** `forcedNotice`: set while a temporary password waits to be replaced, saying who set it. */
export function ChangePasswordForm({ forcedNotice }: { forcedNotice?: string }) {
  const forced = Boolean(forcedNotice);
  const { state, pending, error, formProps } = useActionForm(changePasswordAction, changePasswordSchema);
  if (state.ok) {
    return (
      <div className="space-y-4 text-center">
        <Alert tone="success">密码修改成功，其他设备上的登录已退出。</Alert>
        <ButtonLink href={state.data?.home ?? "/"}>返回首页</ButtonLink>
      </div>
    );
  }
  return (
    <form {...formProps} className="space-y-4">
      {forcedNotice && <Alert tone="info">{forcedNotice}</Alert>}
      <FormMessage message={state.message} />
      <CurrentPasswordField name="oldPassword" label={forced ? "临时密码" : "原密码"} error={error} />
      <NewPasswordFields error={error} />
      <SubmitButton pending={pending} className="w-full">
        提交
      </SubmitButton>
    </form>
  );
}
