import "server-only";
import { randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { TOTP_DIGITS, TOTP_ISSUER, TOTP_PERIOD_SECONDS } from "@/lib/domain/second-factor";

/** 20 random bytes (RFC 4226's recommended 160 bits), base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ buffer: new Uint8Array(randomBytes(20)).buffer }).base32;
}

function totp(secret: string, label = "") {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: "SHA1",
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  });
}

/** The otpauth:// URI an authenticator app scans (as a QR code). */
export function totpUri(secret: string, username: string): string {
  return totp(secret, username).toString();
}

/**
 * The time step of a code that matches now, the step before or the step after (clock drift), or
 * null. The caller refuses a step not later than the last one accepted (replay).
 */
export function matchingTimeStep(secret: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s/g, "");
  const delta = totp(secret).validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: now }) + delta;
}
