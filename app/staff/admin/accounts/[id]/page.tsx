import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { ROLE_LABEL } from "@/lib/server/auth/actor";
import { listDepartments } from "@/lib/server/departments/list-departments";
import { NotFoundError } from "@/lib/server/errors";
import { getStaffAccount } from "@/lib/server/staff-accounts/queries";
import { AccountState } from "../account-state";
import {
  disableStaffAccountAction,
  enableStaffAccountAction,
  resetSecondFactorAction,
  resetStaffPasswordAction,
} from "../actions";
import { AccountActionButton } from "./account-action-button";
import { EditAccountForm } from "./edit-account-form";

export const metadata = { title: "账号详情" };

export default async function StaffAccountPage({ params }: PageProps<"/staff/admin/accounts/[id]">) {
  const actor = await requirePageActor("staff.accounts.manage");
  const { id } = await params;
  const [account, departments] = await Promise.all([
    getStaffAccount({ actor, accountId: id }).catch((e) => {
      if (e instanceof NotFoundError) notFound();
      throw e;
    }),
    listDepartments({ actor }),
  ]);
  const disabled = Boolean(account.disabledAt);
  const common = { accountId: account.id, username: account.username ?? "" };
  return (
    <>
      <Link href="/staff/admin/accounts" className="text-sm text-brand-700 hover:underline">
        ← 返回账号管理
      </Link>
      <Card>
        <CardHeader
          title={`${account.displayName}（${account.username}）`}
          actions={
            <>
              {disabled ? (
                <AccountActionButton
                  {...common}
                  label="启用"
                  confirmLabel="确认启用"
                  text="启用后该账号可以用原密码重新登录。"
                  action={enableStaffAccountAction}
                />
              ) : (
                <AccountActionButton
                  {...common}
                  label="停用"
                  confirmLabel="确认停用"
                  text="停用后该账号立即退出登录，且不能再登录，直到重新启用。"
                  action={disableStaffAccountAction}
                />
              )}
              <AccountActionButton
                {...common}
                label="重置密码"
                confirmLabel="确认重置"
                text="重置后将生成临时密码（只显示一次），该账号的所有登录会话立即失效，下次登录须修改密码。"
                action={resetStaffPasswordAction}
              />
              <AccountActionButton
                {...common}
                label="重置动态口令"
                confirmLabel="确认重置"
                text="用于手机丢失或更换：清除该账号绑定的动态口令和恢复码，其所有登录会话立即失效，下次登录后须重新绑定。"
                action={resetSecondFactorAction}
              />
            </>
          }
        >
          <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
            <AccountState
              disabled={disabled}
              mustChangePassword={account.mustChangePassword}
              secondFactor={account.totpEnrolledAt ? "enrolled" : "none"}
            />
            <span>
              {ROLE_LABEL[account.role]}
              {account.department && ` · ${account.department.name}`} · 创建于 {formatDateTime(account.createdAt)}
            </span>
          </div>
        </CardHeader>
        <CardBody>
          <h3 className="mb-3 text-sm font-semibold">角色与部门</h3>
          <EditAccountForm
            accountId={account.id}
            role={ROLE_LABEL[account.role]}
            department={account.department?.name}
            departments={departments}
          />
        </CardBody>
      </Card>
    </>
  );
}
