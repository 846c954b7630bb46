"use client";

import { useState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { SelectField } from "@/components/form/select-field";
import { useActionForm } from "@/components/form/use-action-form";
import { PROVINCES } from "@/lib/domain/regions";
import { DEPARTMENT_TYPE_OPTIONS, departmentSchema, updateDepartmentSchema } from "@/lib/schemas/staff-account.schema";
import { createDepartmentAction, updateDepartmentAction } from "./actions";

const PROVINCE_NAMES = PROVINCES.map((p) => p.name);

export interface DepartmentValues {
  id: string;
  name: string;
  type: string;
  province: string;
  city: string;
  email: string;
}

/** 新增部门, or 修改 one (`department` given): name, type, and its region (province, then one of its cities). */
export function DepartmentForm({ department }: { department?: DepartmentValues }) {
  const { state, pending, error, formProps } = useActionForm(
    department ? updateDepartmentAction : createDepartmentAction,
    department ? updateDepartmentSchema : departmentSchema,
  );
  const [province, setProvince] = useState(state.values?.province ?? department?.province ?? "");
  const cities = PROVINCES.find((p) => p.name === province)?.cities.map((c) => c.name) ?? [];
  const done = department ? "已保存" : `已新增部门：${state.data?.name}`;
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-2">
      {department && <input type="hidden" name="departmentId" value={department.id} />}
      <div className="sm:col-span-2">
        <FormMessage ok={state.ok} message={state.ok ? done : state.message} />
      </div>
      <TextField name="name" label="部门名称" required defaultValue={department?.name} error={error("name")} />
      <SelectField
        name="type"
        label="部门类型"
        required
        options={DEPARTMENT_TYPE_OPTIONS}
        defaultValue={department?.type}
        error={error("type")}
      />
      <SelectField
        name="province"
        label="省份"
        required
        options={PROVINCE_NAMES}
        value={province}
        onChange={(e) => setProvince(e.target.value)}
        error={error("province")}
      />
      <SelectField
        key={province}
        name="city"
        label="城市"
        options={cities}
        placeholder="不限（省级部门）"
        defaultValue={province === department?.province ? department.city : ""}
        disabled={cities.length === 0}
        error={error("city")}
      />
      <TextField
        name="email"
        label="超期提醒邮箱"
        type="email"
        hint="选填：每日办理时限超期汇总发往此邮箱"
        defaultValue={state.values?.email ?? department?.email}
        error={error("email")}
      />
      <div className="sm:col-span-2">
        <SubmitButton pending={pending}>{department ? "保存" : "新增部门"}</SubmitButton>
      </div>
    </form>
  );
}
