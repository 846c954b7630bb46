import { SuccessCard } from "../../success-card";

export const metadata = { title: "注册成功" };

export default function RegisterPersonSuccessPage() {
  return (
    <SuccessCard title="注册成功" login={{ href: "/login/person", label: "个人登录" }}>
      请使用身份证号（或注册邮箱）和密码登录。已有证书的，账号须经证书所在单位确认是本人后，方可在【我的证书】中查看本人证书、办理调出调入申请。
    </SuccessCard>
  );
}
