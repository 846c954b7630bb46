import Link from "next/link";
import { ShieldCheck } from "lucide-react";

export const SYSTEM_NAME = "交通运输工程施工单位安管人员安全生产考核管理信息系统";

export function PublicShell({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-5xl items-center gap-2 px-4 py-3">
          <ShieldCheck className="size-6 shrink-0" aria-hidden />
          <Link href="/" className="text-sm leading-snug font-semibold sm:text-base">
            {SYSTEM_NAME}
          </Link>
        </div>
      </header>
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-10">{children}</main>
      <footer className="border-t border-slate-200 px-4 py-4 text-center text-xs text-slate-500">
        依据《公路水运工程施工企业主要负责人和安全生产管理人员考核管理办法》（交通运输部令2024年第2号）
      </footer>
    </div>
  );
}
