import Link from "next/link";
import { Building2, IdCard, Search, UserCog } from "lucide-react";

const ENTRIES = [
  { href: "/login/enterprise", label: "企业登录", desc: "施工单位注册、信息变更、人员调动、证书延续", Icon: Building2 },
  { href: "/login/person", label: "个人登录", desc: "安管人员查看本人证书、申请调出调入", Icon: IdCard },
  { href: "/login/staff", label: "管理登录", desc: "审核部门、考核部门、系统管理员", Icon: UserCog },
  { href: "/verify", label: "证书查询", desc: "按证书编号和姓名查询证书状态", Icon: Search },
];

export default function HomePage() {
  return (
    <div className="space-y-6">
      <section className="space-y-2 text-center">
        <h1 className="text-xl font-bold text-brand-800 sm:text-2xl">安管人员安全生产考核管理</h1>
        <p className="text-sm text-slate-600">
          公路水运工程施工单位主要负责人（A）、项目负责人（B）、专职安全生产管理人员（C）考核与证书管理
        </p>
      </section>
      <nav aria-label="入口" className="grid gap-3 sm:grid-cols-2">
        {ENTRIES.map(({ href, label, desc, Icon }) => (
          <Link
            key={href}
            href={href}
            className="flex items-center gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-600 hover:shadow"
          >
            <span className="rounded-full bg-brand-50 p-3 text-brand-700">
              <Icon className="size-6" aria-hidden />
            </span>
            <span>
              <span className="block text-base font-semibold">{label}</span>
              <span className="block text-xs text-slate-500">{desc}</span>
            </span>
          </Link>
        ))}
      </nav>
    </div>
  );
}
