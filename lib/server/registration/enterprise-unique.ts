import "server-only";
import type { EnterpriseFields } from "@/lib/schemas/enterprise.schema";
import { db } from "../db";
import { InvalidInputError } from "../errors";

/** Credit code and email each belong to one enterprise (both are login names). */
export async function assertEnterpriseUnique(input: {
  creditCode: string;
  email?: string;
  exceptEnterpriseId?: string;
}) {
  const others = await db.enterprise.findMany({
    where: {
      OR: [{ creditCode: input.creditCode }, ...(input.email ? [{ email: input.email }] : [])],
      ...(input.exceptEnterpriseId ? { NOT: { id: input.exceptEnterpriseId } } : {}),
    },
    select: { creditCode: true, email: true },
  });
  const errors: Record<string, string[]> = {};
  if (others.some((e) => e.creditCode === input.creditCode)) {
    errors.creditCode = ["该统一社会信用代码已注册，请直接登录或找回密码"];
  }
  if (input.email && others.some((e) => e.email === input.email)) {
    errors.email = ["该邮箱已被其他单位使用"];
  }
  if (Object.keys(errors).length) throw new InvalidInputError("信息已被注册", errors);
}

/** What the reviewer is asked to approve: the submitted values and files at that moment. */
export function registrationSnapshot(
  fields: Omit<EnterpriseFields, "email"> & { email?: string },
  files: { licenseFileId: string; qualificationFileId: string },
) {
  return { ...fields, ...files };
}
