"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { ChevronDown, KeyRound, LogOut, UserCircle2 } from "lucide-react";
import { logoutAction } from "@/app/actions/session";

/** The avatar and name at the top right, with 【修改密码】 and 退出登录. */
export function UserMenu({ name, roleLabel }: { name: string; roleLabel: string }) {
  // Not modal: a modal menu hides the rest of the page from assistive technology (aria-hidden) while its
  // links stay focusable (axe aria-hidden-focus); Escape and a click outside close it either way.
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        className="flex min-w-0 items-center gap-1.5 rounded-md px-2 py-1.5 text-sm hover:bg-white/10 sm:max-w-[40vw]"
        aria-label={`${name}（${roleLabel}）账号菜单`}
      >
        <UserCircle2 className="size-6 shrink-0" aria-hidden />
        <span className="max-w-[11rem] truncate sm:max-w-none">{name}</span>
        <ChevronDown className="size-4 shrink-0" aria-hidden />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-40 rounded-md border border-slate-200 bg-white p-1 text-sm text-slate-800 shadow-lg"
        >
          <DropdownMenu.Label className="px-2 py-1.5 text-xs text-slate-500">{roleLabel}</DropdownMenu.Label>
          <DropdownMenu.Item asChild>
            <Link
              href="/account/password"
              className="flex cursor-pointer items-center gap-2 rounded px-2 py-2 outline-none data-[highlighted]:bg-slate-100"
            >
              <KeyRound className="size-4" aria-hidden />
              修改密码
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-2 outline-none data-[highlighted]:bg-slate-100"
            onSelect={() => void logoutAction()}
          >
            <LogOut className="size-4" aria-hidden />
            退出登录
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
