import { requirePageActor } from "@/lib/server/auth/current-actor";

/** The workspace opens once the registration is approved (the data layer checks again). */
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  await requirePageActor("unit.workspace");
  return <div className="mx-auto max-w-5xl space-y-4">{children}</div>;
}
