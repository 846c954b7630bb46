import { AppShell } from "@/components/layout/app-shell";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
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
            <>
              <Alert tone="info">管理端账号须使用动态口令登录。请先完成绑定，绑定前不能使用其他功能。</Alert>
              <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
                <li>在手机上安装验证器应用（如 Microsoft Authenticator、Google Authenticator 或 FreeOTP）。</li>
                <li>用验证器扫描下方二维码；无法扫码时，手动输入密钥。</li>
                <li>输入验证器显示的6位动态验证码，点击【完成绑定】。</li>
              </ol>
              {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL generated per request */}
              <img
                src={enrolment.qrDataUrl}
                alt="动态口令二维码"
                width={220}
                height={220}
                className="mx-auto rounded border border-slate-200"
              />
              <div className="text-sm">
                <div className="text-slate-600">密钥（手动输入时使用）</div>
                <p
                  className="mt-1 rounded-md bg-slate-100 px-3 py-2 text-center font-mono text-base tracking-wider break-all"
                  data-testid="totp-secret"
                >
                  {enrolment.secret.match(/.{1,4}/g)?.join(" ")}
                </p>
              </div>
              <EnrolForm home={home} />
            </>
          )}
        </CardBody>
      </Card>
    </AppShell>
  );
}
