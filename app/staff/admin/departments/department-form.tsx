"use client";

import { useState } from "react";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { PROVINCES } from "@/lib/domain/regions";
import { DEPARTMENT_TYPE_OPTIONS, departmentSchema } from "@/lib/schemas/staff-account.schema";
import { createDepartmentAction } from "./actions";

const PROVINCE_NAMES = PROVINCES.map((p) => p.name);

/** 新增部门: name, type, and its region (province, then one of its cities). */
export function DepartmentForm() {
  const { state, pending, error, formProps } = useActionForm(createDepartmentAction, departmentSchema);
  const [province, setProvince] = useState(state.values?.province ?? "");
  const cities = PROVINCES.find((p) => p.name === province)?.cities.map((c) => c.name) ?? [];
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormMessage ok={state.ok} message={state.ok ? `已新增部门：${state.data?.name}` : state.message} />
      </div>
      <TextField name="name" label="部门名称" required error={error("name")} />
      <SelectField name="type" label="部门类型" required options={DEPARTMENT_TYPE_OPTIONS} error={error("type")} />
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
        disabled={cities.length === 0}
        error={error("city")}
      />
      <div className="sm:col-span-2">
        <SubmitButton pending={pending}>新增部门</SubmitButton>
      </div>
    </form>
  );
}
