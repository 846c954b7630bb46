import type { Metadata } from "next";
import { Search } from "lucide-react";
import { VerifyForm } from "./verify-form";
import { VerifyPanel } from "./verify-panel";

export const metadata: Metadata = { title: "证书查询" };

/** 【证书查询】: public, no login. Certificate number + holder name → the certificate's status today. */
export default function VerifyPage() {
  return (
    <VerifyPanel Icon={Search} title="证书查询">
      <p className="text-sm text-slate-600">输入证书编号和持证人姓名，查询安全生产考核合格证书的当前状态。</p>
      <VerifyForm />
    </VerifyPanel>
  );
}
