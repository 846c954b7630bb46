import { Search } from "lucide-react";
import { buttonClass } from "./button";

/** A GET search form: the query lands in the URL. Hidden fields keep the other filters. */
export function SearchBox({
  q,
  placeholder,
  keep = {},
}: {
  q?: string;
  placeholder: string;
  keep?: Record<string, string | undefined>;
}) {
  return (
    <form role="search" className="flex gap-2">
      {Object.entries(keep).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      <label className="sr-only" htmlFor="q">
        搜索
      </label>
      <input
        id="q"
        name="q"
        defaultValue={q}
        placeholder={placeholder}
        className="block w-full min-w-0 rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none"
      />
      <button type="submit" className={buttonClass("secondary", "shrink-0")}>
        <Search className="size-4" aria-hidden />
        搜索
      </button>
    </form>
  );
}
