"use client";

import { TemporaryPassword } from "@/components/account/temporary-password";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ConfirmButtons, FormMessage } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormState } from "@/lib/form-state";
import { useFreshDialog } from "../use-fresh-dialog";

type Result = { temporaryPassword: string } | void;
type Action<T extends Result> = (prev: FormState<T>, formData: FormData) => Promise<FormState<T>>;

/** 【停用】/【启用】/【重置密码】: a button, a confirmation dialog, and for a reset the password shown once. */
export function AccountActionButton<T extends Result>({
  label,
  text,
  confirmLabel,
  accountId,
  username,
  action,
}: {
  label: string;
  text: string;
  confirmLabel: string;
  accountId: string;
  username: string;
  action: Action<T>;
}) {
  const { open, round, onOpenChange, close } = useFreshDialog();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={label}
      trigger={<Button variant="secondary">{label}</Button>}
    >
      <ConfirmForm key={round} {...{ text, confirmLabel, accountId, username, action }} onDone={close} />
    </Dialog>
  );
}

function ConfirmForm<T extends Result>({
  text,
  confirmLabel,
  accountId,
  username,
  action,
  onDone,
}: {
  text: string;
  confirmLabel: string;
  accountId: string;
  username: string;
  action: Action<T>;
  onDone: () => void;
}) {
  const { state, pending, formProps } = useActionForm(action);
  if (state.ok) {
    const password = (state.data as Result)?.temporaryPassword;
    if (password)
      return <TemporaryPassword title="密码已重置" who={`用户 ${username}`} password={password} onDone={onDone} />;
    return (
      <div className="space-y-3">
        <FormMessage ok message="操作成功" />
        <div className="flex justify-end">
          <Button onClick={onDone}>完成</Button>
        </div>
      </div>
    );
  }
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="accountId" value={accountId} />
      <FormMessage message={state.message} />
      <p className="text-sm text-slate-700">{text}</p>
      <ConfirmButtons pending={pending} onCancel={onDone}>
        {confirmLabel}
      </ConfirmButtons>
    </form>
  );
}
