import { CheckCircle2 } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";

export const metadata = { title: "注册成功" };

export default function RegisterPersonSuccessPage() {
  return (
    <Card className="mx-auto max-w-md text-center">
      <CardBody className="space-y-3 py-8">
        <CheckCircle2 className="mx-auto size-12 text-green-600" aria-hidden />
        <h1 className="text-lg font-semibold">注册成功</h1>
        <p className="text-sm text-slate-600">
          请使用身份证号和密码登录。登录后可在【我的证书】中查看本人证书、办理调出调入申请。
        </p>
        <ButtonLink href="/login/person">个人登录</ButtonLink>
      </CardBody>
    </Card>
  );
}
