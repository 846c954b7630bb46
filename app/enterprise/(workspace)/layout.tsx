import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/server/auth/current-actor";

/** The workspace opens once the registration is approved (the data layer checks again). */
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor(["ENTERPRISE"], "/login/enterprise");
  if (!actor.enterpriseApproved) redirect("/enterprise");
  return <div className="mx-auto max-w-5xl space-y-4">{children}</div>;
}
