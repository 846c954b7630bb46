import { AppShell } from "@/components/layout/app-shell";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { Card, CardBody } from "@/components/ui/card";
import { HOME_PATH } from "@/lib/domain/permissions";
import { ROLE_LABEL } from "@/lib/server/auth/actor";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getSecondFactorEnrolment } from "@/lib/server/second-factor/get-second-factor-enrolment";
import { EnrolForm } from "./enrol-form";

export const metadata = { title: "绑定动态口令" };
export const dynamic = "force-dynamic";

/** Staff must enrol a 动态口令 (TOTP) before anything else; checkCaller sends them here. */
export default async function SecondFactorEnrolPage() {
  const actor = await requirePageActor("account.second-factor.enrol");
  const enrolment = await getSecondFactorEnrolment({ actor });
  const home = HOME_PATH[actor.role];
  return (
    <AppShell user={{ name: actor.displayName, roleLabel: ROLE_LABEL[actor.role] }}>
      <Card className="mx-auto max-w-md">
        <CardBody className="space-y-4 py-6">
          <h1 className="text-center text-lg font-semibold">绑定动态口令</h1>
          {enrolment.enrolled ? (
            <>
              <Alert tone="success">您已绑定动态口令，登录时须输入验证器显示的动态验证码。</Alert>
              <ButtonLink href={home} className="w-full">
                返回首页
              </ButtonLink>
            </>
          ) : (
            <EnrolForm home={home} secret={enrolment.secret} qrDataUrl={enrolment.qrDataUrl} />
          )}
        </CardBody>
      </Card>
    </AppShell>
  );
}
