// Staff second factor (TOTP, RFC 6238) and the rules around a temporary password: pure, no Prisma.
import type { Role } from "./workflow";

/** Roles that sign in with password + 动态口令. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ["REVIEWER", "ASSESSOR", "ADMIN"];

export const TOTP_ISSUER = "安管人员考核系统";
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
export const RECOVERY_CODE_COUNT = 10;

/** A temporary password set by the 审核部门's 【重置密码】 works for 24 hours. */
export const TEMPORARY_PASSWORD_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Whether this account must present a second factor it has not enrolled yet. The demo seed's
 * exemption is ignored in a production deployment.
 */
export function secondFactorPending(account: {
  role: Role;
  enrolled: boolean;
  exempt: boolean;
  production: boolean;
}): boolean {
  if (!SECOND_FACTOR_ROLES.includes(account.role) || account.enrolled) return false;
  return !(account.exempt && !account.production);
}

/** What the user typed as a recovery code, in the form it was issued: lower case, no spaces or dashes. */
export function normalizeRecoveryCode(text: string): string {
  return text.toLowerCase().replace(/[\s-]/g, "");
}

/** A 6-digit code is a 动态验证码; anything else is tried as a recovery code. */
export function isTotpCode(text: string): boolean {
  return /^\d{6}$/.test(text.replace(/\s/g, ""));
}

/**
 * Separation of duties (§6): the reviewer who reset a unit's password may not decide that unit's
 * applications for 24 hours after the reset — while the temporary password is live, and also after it
 * was replaced within that time, because the replacement may have been made by that reviewer.
 */
export function resetterBarred(
  unit: { passwordResetById: string | null; passwordResetAt: Date | null },
  actorId: string,
  now: Date,
): boolean {
  return (
    unit.passwordResetById === actorId &&
    unit.passwordResetAt !== null &&
    now.getTime() - unit.passwordResetAt.getTime() < TEMPORARY_PASSWORD_TTL_MS
  );
}

/** A temporary password from a reset that is older than 24 hours no longer signs in. */
export function temporaryPasswordExpired(
  account: { mustChangePassword: boolean; passwordResetAt: Date | null },
  now: Date,
): boolean {
  return (
    account.mustChangePassword &&
    account.passwordResetAt !== null &&
    now.getTime() - account.passwordResetAt.getTime() >= TEMPORARY_PASSWORD_TTL_MS
  );
}
