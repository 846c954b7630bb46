import { redirect } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { Card, CardBody } from "@/components/ui/card";
import { ROLE_LABEL } from "@/lib/server/auth/actor";
import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { ChangePasswordForm } from "./change-password-form";

export const metadata = { title: "修改密码" };

export default async function ChangePasswordPage() {
  const actor = await getCurrentActor();
  if (!actor) redirect("/");
  return (
    <AppShell user={{ name: actor.displayName, roleLabel: ROLE_LABEL[actor.role] }}>
      <Card className="mx-auto max-w-md">
        <CardBody className="space-y-4 py-6">
          <h1 className="text-center text-lg font-semibold">修改密码</h1>
          <ChangePasswordForm forced={actor.mustChangePassword} />
        </CardBody>
      </Card>
    </AppShell>
  );
}
