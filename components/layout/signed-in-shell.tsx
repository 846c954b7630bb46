import type { Actor } from "@/lib/server/auth/actor";
import { unreadNotificationCount } from "@/lib/server/notifications/queries";
import { AppShell } from "./app-shell";
import type { NavItem } from "./side-nav";

/** AppShell for a signed-in actor: their name, the role's label and their unread messages (the bell). */
export async function SignedInShell({
  actor,
  roleLabel,
  nav,
  children,
}: {
  actor: Actor;
  roleLabel: string;
  nav?: NavItem[];
  children: React.ReactNode;
}) {
  return (
    <AppShell unread={await unreadNotificationCount({ actor })} user={{ name: actor.displayName, roleLabel }} nav={nav}>
      {children}
    </AppShell>
  );
}
