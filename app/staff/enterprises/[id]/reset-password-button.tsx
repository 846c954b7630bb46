"use client";

import { useState } from "react";
import { TemporaryPassword } from "@/components/account/temporary-password";
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
        <TemporaryPassword title="密码已重置" who={enterpriseName} password={temporary} onDone={() => setOpen(false)} />
      ) : (
        <form {...formProps} className="space-y-4">
          <input type="hidden" name="enterpriseId" value={enterpriseId} />
          <FormMessage message={state.message} />
          <p className="text-sm text-slate-700">
            请先核对对方携带的加盖公章的营业执照复印件。重置后将生成临时密码（24小时内有效），{enterpriseName}
            的所有登录会话立即失效，并以邮件通知该单位。临时密码有效期内，您不能审核该单位的申请，须由其他审核人员处理。
          </p>
          <ConfirmButtons pending={pending} onCancel={() => setOpen(false)}>
            确认重置
          </ConfirmButtons>
        </form>
      )}
    </Dialog>
  );
}
