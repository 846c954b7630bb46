import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { normalizeRecoveryCode, RECOVERY_CODE_COUNT } from "@/lib/domain/second-factor";
import type { Tx } from "../db";
import { env } from "../env";

const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i

/** 10 characters from 31 (≈ 49 bits), shown as "xxxxx-xxxxx". */
function newRecoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/**
 * HMAC-SHA256 keyed from the server secret, salted with the account id: the codes are long random
 * strings (no dictionary to try), and a keyed hash lets a login find the code by its hash in one query
 * instead of running argon2 ten times.
 */
export function recoveryCodeHash(accountId: string, code: string): string {
  return createHmac("sha256", env.authSecret)
    .update(`recovery:${accountId}:${normalizeRecoveryCode(code)}`)
    .digest("hex");
}

/** Replaces the account's recovery codes with 10 new ones, returned once in clear. */
export async function issueRecoveryCodes(tx: Tx, accountId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.recoveryCode.deleteMany({ where: { accountId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ accountId, codeHash: recoveryCodeHash(accountId, code) })),
  });
  return codes;
}
