"use client";

import { FormMessage, SubmitButton } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { updateStaffAccountSchema } from "@/lib/schemas/staff-account.schema";
import { updateStaffAccountAction } from "../actions";
import { RoleDepartmentFields, type DepartmentOption } from "../role-department-fields";

/** 角色 and 所属部门 of a staff account. */
export function EditAccountForm({
  accountId,
  role,
  department,
  departments,
}: {
  accountId: string;
  role: string;
  department?: string;
  departments: readonly DepartmentOption[];
}) {
  const { state, pending, error, formProps } = useActionForm(updateStaffAccountAction, updateStaffAccountSchema);
  return (
    <form {...formProps} className="max-w-md space-y-4">
      <input type="hidden" name="accountId" value={accountId} />
      <FormMessage message={state.ok ? "已保存" : state.message} ok={state.ok} />
      <RoleDepartmentFields departments={departments} defaultRole={role} defaultDepartment={department} error={error} />
      <SubmitButton pending={pending}>保存</SubmitButton>
    </form>
  );
}
