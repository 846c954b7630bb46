"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { departmentSchema, updateDepartmentSchema } from "@/lib/schemas/staff-account.schema";
import { createDepartment } from "@/lib/server/departments/create-department";
import { updateDepartment } from "@/lib/server/departments/update-department";

export const createDepartmentAction = authedAction(
  { permission: "departments.manage", schema: departmentSchema },
  async ({ actor, input, meta }) => {
    const department = await createDepartment({ actor, input, ip: meta.ip });
    revalidatePath("/staff/admin/departments");
    return { name: department.name };
  },
);

export const updateDepartmentAction = authedAction(
  { permission: "departments.manage", schema: updateDepartmentSchema },
  async ({ actor, input: { departmentId, ...input }, meta }) => {
    await updateDepartment({ actor, departmentId, input, ip: meta.ip });
    revalidatePath("/staff/admin/departments");
    return { name: input.name };
  },
);
