"use client";

import { Plus } from "lucide-react";
import { TemporaryPassword } from "@/components/account/temporary-password";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { createStaffAccountSchema } from "@/lib/schemas/staff-account.schema";
import { createStaffAccountAction } from "./actions";
import { useFreshDialog } from "./use-fresh-dialog";
import { RoleDepartmentFields, type DepartmentOption } from "./role-department-fields";

/** 【新增】: a staff account; its temporary password is shown once, then the dialog forgets it. */
export function NewAccountButton({ departments }: { departments: readonly DepartmentOption[] }) {
  const { open, round, onOpenChange, close } = useFreshDialog();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="新增账号"
      trigger={
        <Button>
          <Plus className="size-4" aria-hidden />
          新增
        </Button>
      }
    >
      <NewAccountForm key={round} departments={departments} onDone={close} />
    </Dialog>
  );
}

function NewAccountForm({ departments, onDone }: { departments: readonly DepartmentOption[]; onDone: () => void }) {
  const { state, pending, error, formProps } = useActionForm(createStaffAccountAction, createStaffAccountSchema);
  if (state.ok && state.data) {
    return (
      <TemporaryPassword
        title="账号已创建"
        who={`用户 ${state.data.username}`}
        password={state.data.temporaryPassword}
        onDone={onDone}
      />
    );
  }
  const values = state.values ?? {};
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage message={state.message} />
      <TextField
        name="username"
        label="用户名"
        required
        autoComplete="off"
        defaultValue={values.username}
        hint="登录用，3至32位，以字母开头"
        error={error("username")}
      />
      <TextField
        name="displayName"
        label="姓名"
        required
        defaultValue={values.displayName}
        error={error("displayName")}
      />
      <RoleDepartmentFields
        departments={departments}
        defaultRole={values.role}
        defaultDepartment={values.department}
        error={error}
      />
      <p className="text-xs text-slate-500">保存后生成临时密码（只显示一次），对方首次登录须修改密码。</p>
      <div className="flex justify-end">
        <SubmitButton pending={pending}>保存</SubmitButton>
      </div>
    </form>
  );
}
