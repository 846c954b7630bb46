import type { ReactNode } from "react";
import { Card, CardBody } from "./card";
import { EmptyState } from "./empty-state";
import { Pagination } from "./pagination";
import { SearchBox } from "./search-box";

/** A searchable, paginated list in a card: the search box (and a hint), the list or `empty`, the pages. */
export function SearchListCard({
  q,
  placeholder,
  hint,
  empty,
  result,
  children,
}: {
  q: string | undefined;
  placeholder: string;
  hint?: ReactNode;
  empty: string;
  result: { rows: readonly unknown[]; page: number; pageCount: number; total: number; more: boolean };
  /** the list of result.rows */
  children: ReactNode;
}) {
  return (
    <Card>
      <CardBody className="space-y-3">
        <SearchBox q={q} placeholder={placeholder} />
        {hint}
        {result.rows.length === 0 ? <EmptyState title={empty} /> : children}
        <Pagination result={result} params={{ q }} />
      </CardBody>
    </Card>
  );
}
