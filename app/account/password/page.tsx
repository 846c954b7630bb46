import { redirect } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { Card, CardBody } from "@/components/ui/card";
import type { Role } from "@/lib/domain/workflow";
import { ROLE_LABEL } from "@/lib/server/auth/actor";
import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { ChangePasswordForm } from "./change-password-form";

export const metadata = { title: "修改密码" };

/** Who set the temporary password: the 审核部门 for an enterprise, the 系统管理员 for staff. */
const SET_BY: Record<Role, string> = {
  ENTERPRISE: "审核部门重置的",
  PERSON: "",
  REVIEWER: "系统管理员设置的",
  ASSESSOR: "系统管理员设置的",
  ADMIN: "系统管理员设置的",
};

export default async function ChangePasswordPage() {
  const actor = await getCurrentActor();
  if (!actor) redirect("/");
  return (
    <AppShell user={{ name: actor.displayName, roleLabel: ROLE_LABEL[actor.role] }}>
      <Card className="mx-auto max-w-md">
        <CardBody className="space-y-4 py-6">
          <h1 className="text-center text-lg font-semibold">修改密码</h1>
          <ChangePasswordForm
            forcedNotice={
              actor.mustChangePassword ? `您正在使用${SET_BY[actor.role]}临时密码，请先设置新密码。` : undefined
            }
          />
        </CardBody>
      </Card>
    </AppShell>
  );
}
