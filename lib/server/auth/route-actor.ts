import "server-only";
import type { Role } from "@/lib/domain/workflow";
import type { Actor } from "./actor";
import { getCurrentActor } from "./current-actor";

const text = (message: string, status: number) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * The caller of a route handler (route handlers are outside the action helper): signed in, in one of
 * the roles, no temporary password pending, and for an enterprise, approved. Otherwise the response
 * to send. Ownership is still checked by the use case the handler calls.
 */
export async function routeActor(roles: readonly Role[]): Promise<Actor | Response> {
  const actor = await getCurrentActor();
  if (!actor) return text("请先登录", 401);
  if (!roles.includes(actor.role)) return text("您没有权限执行此操作", 403);
  if (actor.mustChangePassword) return text("请先修改临时密码", 403);
  if (actor.role === "ENTERPRISE" && !actor.enterpriseApproved) return text("企业注册审核通过后方可使用", 403);
  return actor;
}
