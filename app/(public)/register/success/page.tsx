import { CheckCircle2 } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";

export const metadata = { title: "提交成功" };

export default function RegisterSuccessPage() {
  return (
    <Card className="mx-auto max-w-md text-center">
      <CardBody className="space-y-3 py-8">
        <CheckCircle2 className="mx-auto size-12 text-green-600" aria-hidden />
        <h1 className="text-lg font-semibold">提交成功，等待审核</h1>
        <p className="text-sm text-slate-600">审核结果将发送至您的注册邮箱。登录系统可查看审核状态。</p>
        <ButtonLink href="/login/enterprise">企业登录</ButtonLink>
      </CardBody>
    </Card>
  );
}
