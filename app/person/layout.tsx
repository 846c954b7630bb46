import { SignedInShell } from "@/components/layout/signed-in-shell";
import type { NavItem } from "@/components/layout/side-nav";
import { requirePageActor } from "@/lib/server/auth/current-actor";

const NAV: NavItem[] = [
  { label: "我的证书", href: "/person/certificates" },
  { label: "我的申请", href: "/person/applications" },
];

/** 个人端: the certificate holder's pages, phone first. */
export default async function PersonLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor("person.workspace");
  return (
    <SignedInShell actor={actor} roleLabel="个人账号" nav={NAV}>
      <div className="mx-auto max-w-3xl space-y-4">{children}</div>
    </SignedInShell>
  );
}
