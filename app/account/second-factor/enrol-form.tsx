"use client";

import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { FormMessage, SubmitButton } from "@/components/form/fields";
import { TotpCodeField } from "@/components/form/totp-code-field";
import { useActionForm } from "@/components/form/use-action-form";
import { enrolSecondFactorSchema } from "@/lib/schemas/second-factor.schema";
import { enrolSecondFactorAction } from "./actions";

/** The QR code, the secret and the code that confirms the scan; then the recovery codes, shown this once. */
export function EnrolForm({ home, secret, qrDataUrl }: { home: string; secret: string; qrDataUrl: string }) {
  const { state, pending, field, formProps } = useActionForm(enrolSecondFactorAction, enrolSecondFactorSchema);
  if (state.ok && state.data) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title="动态口令已绑定">
          以下10个恢复码只显示这一次。请抄写或打印后妥善保管：手机丢失时，每个恢复码可代替动态验证码登录一次。
        </Alert>
        <ol
          className="grid grid-cols-2 gap-2 rounded-md bg-slate-100 p-3 font-mono text-base tracking-wider"
          data-testid="recovery-codes"
        >
          {state.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <ButtonLink href={home} className="w-full">
          我已保存恢复码，进入系统
        </ButtonLink>
      </div>
    );
  }
  return (
    <form {...formProps} className="space-y-4">
      <Alert tone="info">管理端账号须使用动态口令登录。请先完成绑定，绑定前不能使用其他功能。</Alert>
      <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
        <li>在手机上安装验证器应用（如 Microsoft Authenticator、Google Authenticator 或 FreeOTP）。</li>
        <li>用验证器扫描下方二维码；无法扫码时，手动输入密钥。</li>
        <li>输入验证器显示的6位动态验证码，点击【完成绑定】。</li>
      </ol>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL generated per request */}
      <img
        src={qrDataUrl}
        alt="动态口令二维码"
        width={220}
        height={220}
        className="mx-auto rounded border border-slate-200"
      />
      <div className="text-sm">
        <div className="text-slate-600">密钥（手动输入时使用）</div>
        <p
          className="mt-1 flex flex-wrap justify-center gap-x-3 rounded-md bg-slate-100 px-3 py-2 font-mono text-base tracking-wider"
          data-testid="totp-secret"
        >
          {secret.match(/.{1,4}/g)?.map((group, i) => (
            <span key={i}>{group}</span>
          ))}
        </p>
      </div>
      <FormMessage message={state.message} />
      <TotpCodeField {...field("code")} at="enrol" />
      <SubmitButton pending={pending} className="w-full">
        完成绑定
      </SubmitButton>
    </form>
  );
}
