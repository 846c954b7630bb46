import type { Metadata } from "next";
import { ShieldCheck } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { verifyFormToken } from "@/lib/server/documents/form-token";

// The answer depends on the token in the query string and on AUTH_SECRET at run time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "申请表核验", robots: { index: false, follow: false } };

/** 张三 → 张*, 欧阳娜娜 → 欧***: the public page never shows a full name. */
function maskName(name: string): string {
  const chars = Array.from(name.trim());
  return chars.length <= 1 ? chars.join("") : chars[0] + "*".repeat(chars.length - 1);
}

/** 2025-06-01 → 2025年6月1日 */
function chineseDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}

/**
 * 申请表核验: the QR code printed on an application form links here with `?t=<signed token>`.
 * Public (no login) and stateless: the signature alone shows the form's contents are as generated.
 */
export default async function FormVerifyPage({ searchParams }: PageProps<"/forms/verify">) {
  const { t } = await searchParams;
  const token = typeof t === "string" ? t.trim() : "";
  const claims = token ? verifyFormToken(token) : null;

  return (
    <Card className="mx-auto max-w-xl">
      <CardBody className="space-y-4 py-6">
        <div className="flex items-center gap-2">
          <ShieldCheck className="size-6 shrink-0 text-brand-700" aria-hidden />
          <h1 className="text-lg font-semibold">申请表核验</h1>
        </div>

        {!token ? (
          <Alert tone="info">请使用手机扫描申请表右下角的二维码进行核验。</Alert>
        ) : !claims ? (
          <Alert tone="error" title="未能核验：二维码无效或已被篡改">
            请确认扫描的是本系统生成的申请表上的二维码；如有疑问，请联系申请单位或审核部门。
          </Alert>
        ) : (
          <>
            <Alert tone="success" title="核验通过">
              该申请表由本系统于{chineseDate(claims.generatedOn)}生成，以下为生成时的表内信息。
            </Alert>
            <dl className="divide-y divide-slate-100 rounded-md border border-slate-200 text-sm">
              {[
                ["申请事项", claims.kind],
                ["证书编号", claims.certificateNumber],
                ["持证人", maskName(claims.holderName)],
                ...Object.entries(claims.fields),
                ["生成日期", claims.generatedOn],
              ].map(([label, value], i) => (
                <div key={i} className="grid grid-cols-[6.5rem_1fr] gap-3 px-3 py-2 sm:grid-cols-[8rem_1fr]">
                  <dt className="text-slate-500">{label}</dt>
                  <dd className="min-w-0 font-medium break-words">{value || "—"}</dd>
                </div>
              ))}
            </dl>
            <p className="text-xs leading-relaxed text-slate-500">
              核验结果仅说明纸质申请表上的上述信息与系统生成时一致，不代表申请已获批准；办理进度和证书状态以审核部门的审核结果为准。
            </p>
          </>
        )}
      </CardBody>
    </Card>
  );
}
