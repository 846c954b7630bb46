"use client";

import { lazy, Suspense, useState } from "react";
import { ChevronDown, UserCircle2 } from "lucide-react";

export type UserMenuProps = { name: string; roleLabel: string };

export const TRIGGER_CLASS =
  "flex min-w-0 items-center gap-1.5 rounded-md px-2 py-1.5 text-sm hover:bg-white/10 sm:max-w-[40vw]";
export const triggerLabel = ({ name, roleLabel }: UserMenuProps) => `${name}（${roleLabel}）账号菜单`;

export function TriggerFace({ name }: { name: string }) {
  return (
    <>
      <UserCircle2 className="size-6 shrink-0" aria-hidden />
      <span className="max-w-[11rem] truncate sm:max-w-none">{name}</span>
      <ChevronDown className="size-4 shrink-0" aria-hidden />
    </>
  );
}

// The menu's code (Radix, ~20 kB gzipped) is fetched when the pointer or focus reaches the button, not
// with every signed-in page (bench/lighthouse.ts counts first-load JavaScript).
const UserMenuContent = lazy(() => import("./user-menu-content"));

/** The avatar and name at the top right, with 【修改密码】 and 退出登录. */
export function UserMenu(props: UserMenuProps) {
  const [wanted, setWanted] = useState(false);
  const [open, setOpen] = useState(false);
  const want = () => setWanted(true);
  const openNow = () => {
    setWanted(true);
    setOpen(true);
  };
  // Until the menu's code is here: the same button, which opens the menu as soon as it arrives.
  const placeholder = (
    <button
      type="button"
      className={TRIGGER_CLASS}
      aria-label={triggerLabel(props)}
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={want}
      onFocus={want}
      onPointerDown={(e) => e.button === 0 && openNow()}
      onClick={openNow}
    >
      <TriggerFace name={props.name} />
    </button>
  );
  if (!wanted) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <UserMenuContent {...props} open={open} onOpenChange={setOpen} />
    </Suspense>
  );
}
