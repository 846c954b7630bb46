import "server-only";
import type { CreateStaffAccountInput } from "@/lib/schemas/staff-account.schema";
import { assertRole, type Actor } from "../auth/actor";
import { insertStaffAccount } from "./insert-staff-account";

/** 系统管理员 【新增】: a staff account whose temporary password is shown once. */
export async function createStaffAccount({
  actor,
  input,
  ip,
}: {
  actor: Actor;
  input: CreateStaffAccountInput;
  ip?: string;
}) {
  assertRole(actor, ["ADMIN"]);
  return insertStaffAccount({ actor, ...input, ip });
}
