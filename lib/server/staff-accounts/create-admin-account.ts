import "server-only";
import { USERNAME_PATTERN } from "@/lib/schemas/staff-account.schema";
import { InvalidInputError } from "../errors";
import { insertStaffAccount } from "./insert-staff-account";

/**
 * `npm run admin:create -- --username NAME`: the first (or another) 系统管理员 of a database, run by
 * whoever operates the server. No actor: the audit row records it as done from the command line.
 */
export async function createAdminAccount({
  username,
  displayName = "系统管理员",
}: {
  username: string;
  displayName?: string;
}) {
  if (!USERNAME_PATTERN.test(username)) {
    throw new InvalidInputError("用户名为3至32位，以字母开头，可含字母、数字和 _ . -");
  }
  return insertStaffAccount({ actor: null, username, displayName, role: "ADMIN" });
}
