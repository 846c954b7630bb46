import "server-only";
import { db } from "../db";

const DAY_MS = 24 * 60 * 60 * 1000;
/** An import preview never confirmed is kept this long (the 考核部门 may come back to it), then deleted. */
export const IMPORT_PREVIEW_DAYS = 7;

/**
 * Daily: deletes what has no further use and holds personal or secret data (个人信息保护: keep no
 * longer than needed) — unconfirmed 首次核发 import previews (names and 身份证号 of whole files), and
 * expired sessions, second-factor challenges and email codes (a day after expiry: the per-address
 * sending limits look back one hour). Confirmed imports stay: they record what was issued.
 */
export async function purgeStaleRecords(now = new Date()): Promise<number> {
  const counts = await db.$transaction([
    db.certificateImport.deleteMany({
      where: { status: "PREVIEW", createdAt: { lt: new Date(now.getTime() - IMPORT_PREVIEW_DAYS * DAY_MS) } },
    }),
    db.session.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.loginChallenge.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.emailCode.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - DAY_MS) } } }),
  ]);
  return counts.reduce((sum, { count }) => sum + count, 0);
}
