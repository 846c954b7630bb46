import "server-only";
import QRCode from "qrcode";
import { SECOND_FACTOR_ROLES } from "@/lib/domain/second-factor";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { openSecret, sealSecret } from "./secret-box";
import { newTotpSecret, totpUri } from "./totp";

/**
 * The enrolment page's data: the secret waiting to be confirmed (created on first view, kept across
 * reloads so a scanned QR stays valid), as text and as a QR code; or `enrolled` when it is done.
 */
export async function getSecondFactorEnrolment({ actor }: { actor: Actor }) {
  assertRole(actor, SECOND_FACTOR_ROLES);
  const read = () =>
    db.account.findUniqueOrThrow({
      where: { id: actor.accountId },
      select: { username: true, totpEnrolledAt: true, totpPendingSecret: true },
    });
  let account = await read();
  if (account.totpEnrolledAt) return { enrolled: true as const };
  if (!account.totpPendingSecret) {
    // Two tabs opening the page at once keep one secret: only the first write lands.
    await db.account.updateMany({
      where: { id: actor.accountId, totpPendingSecret: null, totpEnrolledAt: null },
      data: { totpPendingSecret: sealSecret(newTotpSecret()) },
    });
    account = await read();
  }
  const secret = openSecret(account.totpPendingSecret!);
  const uri = totpUri(secret, account.username ?? actor.displayName);
  return { enrolled: false as const, secret, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}
