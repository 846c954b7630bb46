import { cn } from "@/components/ui/cn";

/** 已停用 / 正常, in words (colour only repeats them), and whether a temporary password is pending. */
export function AccountState({
  disabled,
  mustChangePassword,
  secondFactor,
}: {
  disabled: boolean;
  mustChangePassword: boolean;
  /** the detail page says whether a 动态口令 is bound */
  secondFactor?: "enrolled" | "none";
}) {
  return (
    <span className="flex flex-wrap gap-1 text-xs">
      <span
        className={cn(
          "rounded px-1.5 py-0.5",
          disabled ? "bg-slate-200 text-slate-700" : "bg-green-50 text-green-800 ring-1 ring-green-200",
        )}
      >
        {disabled ? "已停用" : "正常"}
      </span>
      {mustChangePassword && !disabled && (
        <span className="rounded bg-amber-50 px-1.5 py-0.5 text-amber-800 ring-1 ring-amber-200">临时密码待修改</span>
      )}
      {secondFactor && (
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700 ring-1 ring-slate-200">
          {secondFactor === "enrolled" ? "已绑定动态口令" : "未绑定动态口令"}
        </span>
      )}
    </span>
  );
}
