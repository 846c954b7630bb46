import { PublicShell } from "@/components/layout/public-shell";
import { ButtonLink } from "@/components/ui/button-link";

export default function NotFound() {
  return (
    <PublicShell>
      <div className="space-y-3 py-10 text-center">
        <h1 className="text-lg font-semibold">页面不存在</h1>
        <p className="text-sm text-slate-600">您访问的页面不存在，或您无权查看。</p>
        <ButtonLink href="/">返回首页</ButtonLink>
      </div>
    </PublicShell>
  );
}
