// Lists stop counting at COUNT_LIMIT (lib/server/paginate.ts): the count query is limited in SQL, the
// page says "超过 10000 条", and the pages still come in order.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { COUNT_LIMIT, paginate, paginateRows } from "@/lib/server/paginate";
import { paginateSql } from "@/lib/server/search/paginate-sql";

const numbers = (n: number) =>
  Prisma.sql`SELECT lpad(g::text, 6, '0') AS id FROM generate_series(1, ${n}::int) AS g(g)`;
const rowsOf = async (ids: string[]) => ids.map((id) => ({ id }));

describe("paginate", () => {
  it("counts in SQL up to the limit: past it, total is the limit and `more` says so", async () => {
    const over = await paginateSql(3, { ids: numbers(COUNT_LIMIT + 500), orderBy: Prisma.sql`id` }, rowsOf);
    expect(over).toMatchObject({ total: COUNT_LIMIT, more: true, page: 3, pageCount: COUNT_LIMIT / 20 });
    expect(over.rows.map((r) => r.id)).toEqual(Array.from({ length: 20 }, (_, i) => String(41 + i).padStart(6, "0")));

    const exact = await paginateSql(1, { ids: numbers(COUNT_LIMIT), orderBy: Prisma.sql`id` }, rowsOf);
    expect(exact).toMatchObject({ total: COUNT_LIMIT, more: false, pageCount: COUNT_LIMIT / 20 });
    const few = await paginateSql(1, { ids: numbers(21), orderBy: Prisma.sql`id` }, rowsOf);
    expect(few).toMatchObject({ total: 21, more: false, pageCount: 2 });
  });

  it("hands the count its limit, and pages held in memory are counted exactly", async () => {
    const limits: number[] = [];
    const page = await paginate(
      1,
      async (limit) => (limits.push(limit), 50_000),
      async () => [],
    );
    expect(limits).toEqual([COUNT_LIMIT + 1]);
    expect(page).toMatchObject({ total: COUNT_LIMIT, more: true });
    const all = Array.from({ length: COUNT_LIMIT + 1 }, (_, i) => i);
    expect(paginateRows(all, 1)).toMatchObject({ total: COUNT_LIMIT + 1, more: false, pageCount: 501 });
  });
});
