import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, CardBody } from "@/components/ui/card";
import { LoginForm } from "./login-form";

const PORTALS = {
  enterprise: {
    title: "企业登录",
    accountLabel: "统一社会信用代码或邮箱",
    accountPlaceholder: "请输入统一社会信用代码或注册邮箱",
    registerHref: "/register",
    forgotHref: "/forgot-password",
  },
  person: {
    title: "个人登录",
    accountLabel: "身份证号",
    accountPlaceholder: "请输入身份证号（或注册邮箱）",
    registerHref: "/register/person",
    forgotHref: "/forgot-password?portal=person",
  },
  staff: {
    title: "管理登录",
    accountLabel: "用户名",
    accountPlaceholder: "请输入用户名",
  },
} as const;

type Portal = keyof typeof PORTALS;

export function generateStaticParams() {
  return Object.keys(PORTALS).map((portal) => ({ portal }));
}

export async function generateMetadata({ params }: PageProps<"/login/[portal]">): Promise<Metadata> {
  const { portal } = await params;
  return { title: PORTALS[portal as Portal]?.title ?? "登录" };
}

export default async function LoginPage({ params }: PageProps<"/login/[portal]">) {
  const { portal } = await params;
  if (!(portal in PORTALS)) notFound();
  const config = PORTALS[portal as Portal];
  return (
    <Card className="mx-auto max-w-md">
      <CardBody className="space-y-4 py-6">
        <h1 className="text-center text-lg font-semibold">{config.title}</h1>
        <LoginForm portal={portal} {...config} />
      </CardBody>
    </Card>
  );
}
