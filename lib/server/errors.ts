import "server-only";
import type { Refusal } from "@/lib/domain/permissions";

/**
 * Expected errors: the message is shown to the user as it is. Anything else thrown in a use case is
 * unexpected, logged, and shown as a generic message.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input that only the server can judge (a taken credit code, a wrong code). */
export class InvalidInputError extends DomainError {}

/** A DomainError that says `fallback` unless given another message. */
function withDefaultMessage(fallback: string) {
  return class extends DomainError {
    constructor(message = fallback) {
      super(message);
    }
  };
}

/** Someone else acted first; the page the user saw is out of date. */
export class ConflictError extends withDefaultMessage("该申请已被他人处理，请刷新页面后查看最新状态") {}

/** Not found, or not the actor's to see: the two are deliberately indistinguishable. */
export class NotFoundError extends withDefaultMessage("未找到该记录，或您无权查看") {}

export class ForbiddenError extends withDefaultMessage("您没有权限执行此操作") {}

export class UnauthenticatedError extends withDefaultMessage("登录已失效，请重新登录") {}

export class RateLimitedError extends DomainError {}

/** Separation of duties: the reviewer who reset a unit's password may not decide its applications for 24 h. */
export class ResetterMayNotDecideError extends withDefaultMessage(
  "您为该单位重置了密码，24小时内不能审核该单位的申请，请由其他审核人员处理",
) {}

/** The error an action throws for a caller the permission table refuses. */
export function refusalError(refusal: Refusal): DomainError {
  return refusal.reason === "unauthenticated"
    ? new UnauthenticatedError(refusal.message)
    : new ForbiddenError(refusal.message);
}
