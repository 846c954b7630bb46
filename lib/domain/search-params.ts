// What a list page reads from its URL. Typed search text may hold anything a URL can: control
// characters are dropped (PostgreSQL text cannot hold NUL — it was a 500), so a search never fails.

export type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

const isControl = (ch: string) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127;

/** The parameter as typed text: without control characters, trimmed, at most `max` characters; undefined if empty. */
export function searchText(params: ParamSource, key: string, max = 50): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  if (typeof value !== "string") return undefined;
  return (
    [...value]
      .filter((ch) => !isControl(ch))
      .join("")
      .trim()
      .slice(0, max) || undefined
  );
}
