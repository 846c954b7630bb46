import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/server/auth/current-actor";

const HOME = {
  REVIEWER: "/staff/todo",
  ASSESSOR: "/staff/todo",
  ADMIN: "/staff/admin/accounts",
} as const;

export default async function StaffHome() {
  const actor = await requirePageActor("staff.workspace");
  redirect(HOME[actor.role as keyof typeof HOME]);
}
