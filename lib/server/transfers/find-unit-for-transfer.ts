import "server-only";
import { db } from "../db";

/** An approved unit found by its exact 单位名称 or 统一社会信用代码 (调入 is only to such a unit). */
export async function findUnitForTransfer(query: string) {
  const q = query.trim();
  if (!q) return null;
  return db.enterprise.findFirst({
    where: { approvedAt: { not: null }, OR: [{ name: q }, { creditCode: q.toUpperCase() }] },
    select: { id: true, name: true, creditCode: true },
  });
}
