import { SuccessCard } from "../success-card";

export const metadata = { title: "提交成功" };

export default function RegisterSuccessPage() {
  return (
    <SuccessCard title="提交成功，等待审核" login={{ href: "/login/enterprise", label: "企业登录" }}>
      审核结果将发送至您的注册邮箱。登录系统可查看审核状态。
    </SuccessCard>
  );
}
