"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { KeyRound, LogOut } from "lucide-react";
import { logoutAction } from "@/app/actions/session";
import { TRIGGER_CLASS, TriggerFace, triggerLabel, type UserMenuProps } from "./user-menu";

/** The menu itself (Radix), loaded by UserMenu when it is about to be used. */
export default function UserMenuContent({
  name,
  roleLabel,
  open,
  onOpenChange,
}: UserMenuProps & { open: boolean; onOpenChange: (open: boolean) => void }) {
  // Not modal: a modal menu hides the rest of the page from assistive technology (aria-hidden) while its
  // links stay focusable (axe aria-hidden-focus); Escape and a click outside close it either way.
  return (
    <DropdownMenu.Root modal={false} open={open} onOpenChange={onOpenChange}>
      <DropdownMenu.Trigger className={TRIGGER_CLASS} aria-label={triggerLabel({ name, roleLabel })}>
        <TriggerFace name={name} />
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
