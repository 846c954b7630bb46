import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { paginate, type Page } from "../paginate";

/**
 * One page of the ids `ids` selects (a SELECT of one `id` column), counted and ordered (`orderBy`,
 * over the same aliases) in SQL; `rowsOf` then loads that page's rows, which come back in the
 * page's order. `client` is the primary unless the caller passes readDb()'s.
 */
export function paginateSql<T extends { id: string }>(
  requested: number | undefined,
  query: { ids: Prisma.Sql; orderBy: Prisma.Sql },
  rowsOf: (ids: string[]) => Promise<T[]>,
  client: PrismaClient = db,
): Promise<Page<T>> {
  return paginate(
    requested,
    async (limit) =>
      (await client.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${query.ids} LIMIT ${limit}) m`)[0].n,
    async ({ skip, take }) => {
      const page = await client.$queryRaw<{ id: string }[]>`${query.ids} ORDER BY ${query.orderBy}
        LIMIT ${take} OFFSET ${skip}`;
      const byId = new Map((await rowsOf(page.map((r) => r.id))).map((row) => [row.id, row]));
      return page.flatMap((r) => byId.get(r.id) ?? []);
    },
  );
}
