import "server-only";

export const PAGE_SIZE = 20;

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * One page of a list: counts and fetches together. `fetch` receives skip/take; a page number past
 * the end (or below 1) is clamped to 1.
 */
export async function paginate<T>(
  requested: number | undefined,
  count: () => Promise<number>,
  fetch: (window: { skip: number; take: number }) => Promise<T[]>,
  pageSize = PAGE_SIZE,
): Promise<Page<T>> {
  const page = Math.max(1, Math.floor(requested ?? 1) || 1);
  const [total, rows] = await Promise.all([count(), fetch({ skip: (page - 1) * pageSize, take: pageSize })]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** The same for rows already in memory. */
export function paginateRows<T>(all: T[], requested: number | undefined, pageSize = PAGE_SIZE): Page<T> {
  const page = Math.max(1, Math.floor(requested ?? 1) || 1);
  return {
    rows: all.slice((page - 1) * pageSize, page * pageSize),
    total: all.length,
    page,
    pageCount: Math.max(1, Math.ceil(all.length / pageSize)),
  };
}
