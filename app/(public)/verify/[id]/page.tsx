import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ShieldCheck } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { verifyCertificateById } from "@/lib/server/certificates/verify-certificate";
import { VerificationCard } from "../verification-card";
import { VerifyPanel } from "../verify-panel";

// The status is computed at each visit: this page is what a printed certificate is checked against.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "证书查验", robots: { index: false, follow: false } };

const IN_FORCE = new Set(["有效", "即将到期"]);

/** 2025年6月1日 14:03 (Beijing time, whatever the server's zone). */
function checkedAt(now: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("zh-CN", {
      timeZone: "Asia/Shanghai",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return `${p.year}年${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
}

/** 证书查验: the page the 电子证书's QR code opens. Public; shows the certificate as it stands now. */
export default async function CertificateCheckPage({ params }: PageProps<"/verify/[id]">) {
  const { id } = await params;
  const certificate = await verifyCertificateById(id);
  if (!certificate) notFound();
  const inForce = IN_FORCE.has(certificate.status);

  return (
    <VerifyPanel Icon={ShieldCheck} title="证书查验">
      <div
        role="status"
        className={cn(
          "rounded-md border px-3 py-3",
          inForce ? "border-green-200 bg-green-50 text-green-900" : "border-red-200 bg-red-50 text-red-900",
        )}
      >
        <p className="text-base font-semibold">当前状态：{certificate.status}（以本页为准）</p>
        <p className="mt-1 text-xs">查验时间：{checkedAt(new Date())}（北京时间）</p>
      </div>
      <VerificationCard certificate={certificate} />
      <p className="text-xs leading-relaxed text-slate-500">
        本页显示证书在系统中的当前信息。纸质或电子证书上的状态、单位名称等与本页不一致时，以本页为准。
      </p>
      <Link href="/verify" className="inline-block text-sm text-brand-700 hover:underline">
        按证书编号和姓名查询其他证书
      </Link>
    </VerifyPanel>
  );
}
