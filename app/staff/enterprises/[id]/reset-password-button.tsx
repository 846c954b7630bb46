"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ConfirmButtons, FormMessage } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { resetEnterprisePasswordAction } from "./actions";

/** 【重置密码】: confirm, then show the temporary password once. */
export function ResetPasswordButton({
  enterpriseId,
  enterpriseName,
}: {
  enterpriseId: string;
  enterpriseName: string;
}) {
  const [open, setOpen] = useState(false);
  const { state, pending, formProps } = useActionForm(resetEnterprisePasswordAction);
  const temporary = state.ok ? state.data?.temporaryPassword : undefined;
  return (
    <Dialog open={open} onOpenChange={setOpen} title="重置密码" trigger={<Button variant="secondary">重置密码</Button>}>
      {temporary ? (
        <div className="space-y-3">
          <Alert tone="success" title="密码已重置">
            请将临时密码告知 {enterpriseName}。该密码只显示这一次，对方登录后须立即设置新密码。
          </Alert>
          <p
            className="rounded-md bg-slate-100 px-3 py-3 text-center font-mono text-xl tracking-wider"
            data-testid="temporary-password"
          >
            {temporary}
          </p>
          <div className="flex justify-end">
            <Button onClick={() => setOpen(false)}>完成</Button>
          </div>
        </div>
      ) : (
        <form {...formProps} className="space-y-4">
          <input type="hidden" name="enterpriseId" value={enterpriseId} />
          <FormMessage message={state.message} />
          <p className="text-sm text-slate-700">
            请先核对对方携带的加盖公章的营业执照复印件。重置后将生成临时密码，{enterpriseName} 的所有登录会话立即失效。
          </p>
          <ConfirmButtons pending={pending} onCancel={() => setOpen(false)}>
            确认重置
          </ConfirmButtons>
        </form>
      )}
    </Dialog>
  );
}
