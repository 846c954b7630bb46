import { SignedInShell } from "@/components/layout/signed-in-shell";
import type { NavItem } from "@/components/layout/side-nav";
import { requirePageActor } from "@/lib/server/auth/current-actor";

const NAV: NavItem[] = [
  { label: "企业信息", href: "/enterprise/info" },
  {
    label: "申请业务",
    children: [
      { label: "变更申请", href: "/enterprise/applications/change" },
      { label: "延续申请", href: "/enterprise/applications/renewal" },
      { label: "注销申请", href: "/enterprise/applications/cancellation" },
    ],
  },
  { label: "证书查询", href: "/enterprise/certificates" },
];

export default async function EnterpriseLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor("registration.own");
  return (
    <SignedInShell actor={actor} roleLabel="企业账号" nav={actor.enterpriseApproved ? NAV : undefined}>
      {children}
    </SignedInShell>
  );
}
