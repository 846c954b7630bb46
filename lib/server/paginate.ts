import "server-only";

export const PAGE_SIZE = 20;

/**
 * Lists count at most this many matches; past it they say "超过 10000 条" and page through the first
 * 10 000. Counting every match of a national list (2 M certificates, 67 000 waiting renewals) cost more
 * than the page itself and grew with the data; nobody pages past 500 pages, they search.
 */
export const COUNT_LIMIT = 10_000;

export interface Page<T> {
  rows: T[];
  /** the number of matches, at most COUNT_LIMIT (lists read from the database) */
  total: number;
  /** more than COUNT_LIMIT matched */
  more: boolean;
  page: number;
  pageCount: number;
}

/**
 * One page of a list: counts and fetches together. `count` is given a limit it may stop counting at
 * (COUNT_LIMIT + 1: SQL `LIMIT`, Prisma `take`). `fetch` receives skip/take. A page number below 1 is 1.
 */
export async function paginate<T>(
  requested: number | undefined,
  count: (limit: number) => Promise<number>,
  fetch: (window: { skip: number; take: number }) => Promise<T[]>,
  pageSize = PAGE_SIZE,
): Promise<Page<T>> {
  const page = Math.max(1, Math.floor(requested ?? 1) || 1);
  const [counted, rows] = await Promise.all([
    count(COUNT_LIMIT + 1),
    fetch({ skip: (page - 1) * pageSize, take: pageSize }),
  ]);
  return pageOf(rows, counted, page, pageSize, COUNT_LIMIT);
}

/** The same for rows already in memory (counted exactly: they are all here). */
export function paginateRows<T>(all: T[], requested: number | undefined, pageSize = PAGE_SIZE): Page<T> {
  const page = Math.max(1, Math.floor(requested ?? 1) || 1);
  return pageOf(all.slice((page - 1) * pageSize, page * pageSize), all.length, page, pageSize, Infinity);
}

function pageOf<T>(rows: T[], counted: number, page: number, pageSize: number, limit: number): Page<T> {
  const total = Math.min(counted, limit);
  return { rows, total, more: counted > limit, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
