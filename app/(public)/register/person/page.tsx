import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { RegisterPersonForm } from "./register-person-form";

export const metadata = { title: "个人注册" };

export default function RegisterPersonPage() {
  return (
    <Card className="mx-auto max-w-2xl">
      <CardHeader title="个人注册">
        <p className="text-xs text-slate-500">
          安管人员本人注册。姓名、身份证号与证书记录一致的，经证书所在单位（无所在单位的由审核部门）确认是本人后，即可查看本人证书。已有账号？
          <Link href="/login/person" className="text-brand-700 underline">
            个人登录
          </Link>
        </p>
      </CardHeader>
      <CardBody>
        <RegisterPersonForm />
      </CardBody>
    </Card>
  );
}
