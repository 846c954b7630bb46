import { Search } from "lucide-react";
import { Card, CardBody } from "@/components/ui/card";

export const metadata = { title: "证书查询" };

export default function VerifyPage() {
  return (
    <Card className="mx-auto max-w-md text-center">
      <CardBody className="space-y-3 py-8">
        <Search className="mx-auto size-10 text-brand-600" aria-hidden />
        <h1 className="text-lg font-semibold">证书查询</h1>
        <p className="text-sm text-slate-600">证书公开查询即将开放：届时输入证书编号和持证人姓名即可查询证书状态。</p>
      </CardBody>
    </Card>
  );
}
