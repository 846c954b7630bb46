// `npm run admin:create -- --username NAME [--name 姓名]`: creates a 系统管理员 on the database named by
// DATABASE_URL and prints its one-time password once; the first login must replace it. For the
// embedded database of `npm start`, the demo seed already provides one; set DATABASE_URL to reach it.
import { parseArgs } from "node:util";
import { createAdminAccount } from "../lib/server/staff-accounts/create-admin-account";
import { DomainError } from "../lib/server/errors";

async function main() {
  const { values } = parseArgs({ options: { username: { type: "string" }, name: { type: "string" } } });
  if (!values.username) throw new DomainError("用法：npm run admin:create -- --username 用户名 [--name 姓名]");
  if (!process.env.DATABASE_URL) {
    throw new DomainError("未设置 DATABASE_URL：请指向要创建管理员的数据库（与 npm start 使用的相同）");
  }
  const result = await createAdminAccount({ username: values.username, displayName: values.name });
  console.log(`已创建系统管理员 ${result.username}。`);
  console.log(`一次性密码（只显示这一次，首次登录须修改）：${result.temporaryPassword}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof DomainError ? error.message : error);
    process.exit(1);
  },
);
