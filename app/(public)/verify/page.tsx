import type { Metadata } from "next";
import { Search } from "lucide-react";
import { Card, CardBody } from "@/components/ui/card";
import { VerifyForm } from "./verify-form";

export const metadata: Metadata = { title: "证书查询" };

/** 【证书查询】: public, no login. Certificate number + holder name → the certificate's status today. */
export default function VerifyPage() {
  return (
    <Card className="mx-auto max-w-xl">
      <CardBody className="space-y-4 py-6">
        <div className="flex items-center gap-2">
          <Search className="size-6 shrink-0 text-brand-700" aria-hidden />
          <h1 className="text-lg font-semibold">证书查询</h1>
        </div>
        <p className="text-sm text-slate-600">输入证书编号和持证人姓名，查询安全生产考核合格证书的当前状态。</p>
        <VerifyForm />
      </CardBody>
    </Card>
  );
}
