import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { RegisterForm } from "./register-form";

export const metadata = { title: "企业注册" };

export default function RegisterPage() {
  return (
    <Card>
      <CardHeader title="企业注册">
        <p className="text-xs text-slate-500">
          按提示填写注册信息，验证邮箱并设置密码，提交审核。已有账号？
          <Link href="/login/enterprise" className="text-brand-700 underline">
            企业登录
          </Link>
        </p>
      </CardHeader>
      <CardBody>
        <RegisterForm />
      </CardBody>
    </Card>
  );
}
