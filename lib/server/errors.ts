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

/** Someone else acted first; the page the user saw is out of date. */
export class ConflictError extends DomainError {
  constructor(message = "该申请已被他人处理，请刷新页面后查看最新状态") {
    super(message);
  }
}

/** Not found, or not the actor's to see: the two are deliberately indistinguishable. */
export class NotFoundError extends DomainError {
  constructor(message = "未找到该记录，或您无权查看") {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "您没有权限执行此操作") {
    super(message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = "登录已失效，请重新登录") {
    super(message);
  }
}

export class RateLimitedError extends DomainError {}

/** The error an action throws for a caller the permission table refuses. */
export function refusalError(refusal: Refusal): DomainError {
  return refusal.reason === "unauthenticated"
    ? new UnauthenticatedError(refusal.message)
    : new ForbiddenError(refusal.message);
}
