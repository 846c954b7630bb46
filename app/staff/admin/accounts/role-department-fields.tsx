"use client";

import { useState } from "react";
import { SelectField } from "@/components/form/select-field";
import {
  DEPARTMENT_TYPE_LABEL,
  DEPARTMENT_TYPE_OF_ROLE,
  STAFF_ACCOUNT_ROLES,
  STAFF_ROLE_LABEL,
} from "@/lib/domain/staff";
import { STAFF_ROLE_OPTIONS } from "@/lib/schemas/staff-account.schema";

export interface DepartmentOption {
  name: string;
  type: "REVIEW" | "ASSESSMENT";
}

const roleOfLabel = (label: string) => STAFF_ACCOUNT_ROLES.find((r) => STAFF_ROLE_LABEL[r] === label);

/** 角色 and 所属部门: the department list follows the role (none for a 系统管理员). */
export function RoleDepartmentFields({
  departments,
  defaultRole = "",
  defaultDepartment = "",
  error,
}: {
  departments: readonly DepartmentOption[];
  defaultRole?: string;
  defaultDepartment?: string;
  error: (name: string) => string | undefined;
}) {
  const [roleLabel, setRoleLabel] = useState(defaultRole);
  const role = roleOfLabel(roleLabel);
  const type = role ? DEPARTMENT_TYPE_OF_ROLE[role] : null;
  const options = departments.filter((d) => d.type === type).map((d) => d.name);
  return (
    <>
      <SelectField
        name="role"
        label="角色"
        required
        options={STAFF_ROLE_OPTIONS}
        value={roleLabel}
        onChange={(e) => setRoleLabel(e.target.value)}
        error={error("role")}
      />
      {type && (
        <SelectField
          key={type}
          name="department"
          label="所属部门"
          required
          options={options}
          defaultValue={options.includes(defaultDepartment) ? defaultDepartment : ""}
          hint={options.length === 0 ? `还没有${DEPARTMENT_TYPE_LABEL[type]}，请先在“部门管理”中新增` : undefined}
          error={error("department")}
        />
      )}
    </>
  );
}
