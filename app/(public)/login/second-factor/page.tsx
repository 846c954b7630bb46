import { Card, CardBody } from "@/components/ui/card";
import { SecondFactorForm } from "./second-factor-form";

export const metadata = { title: "动态口令验证" };

/** After a staff member's password was accepted: 动态验证码 or 恢复码 (lib/server/second-factor). */
export default function SecondFactorLoginPage() {
  return (
    <Card className="mx-auto max-w-md">
      <CardBody className="space-y-4 py-6">
        <h1 className="text-center text-lg font-semibold">动态口令验证</h1>
        <p className="text-sm text-slate-600">密码正确。为保护账号安全，请再输入动态验证码。</p>
        <SecondFactorForm />
      </CardBody>
    </Card>
  );
}
