/**
 * A saved view of a URL-driven screen is the part of the query string that screen owns (its
 * filters, sort, grouping): stored as `config.query`, applied by writing it back to the URL.
 * Other parameters (an open task drawer, another panel's state) are left alone.
 */
export function ownedQuery(params: URLSearchParams, keys: readonly string[]): string {
  const out = new URLSearchParams();
  const sorted = [...params.entries()].filter(([k]) => keys.includes(k)).sort(([a, x], [b, y]) => (a === b ? x.localeCompare(y) : a.localeCompare(b)));
  for (const [k, v] of sorted) out.append(k, v);
  return out.toString();
}

/** The URL after applying a saved query: the screen's own keys replaced, the rest kept. */
export function applyQuery(current: URLSearchParams, keys: readonly string[], query: string): URLSearchParams {
  const next = new URLSearchParams();
  for (const [k, v] of current.entries()) if (!keys.includes(k)) next.append(k, v);
  for (const [k, v] of new URLSearchParams(query).entries()) if (keys.includes(k)) next.append(k, v);
  return next;
}

export const queryOf = (config: Record<string, unknown>) => (typeof config.query === "string" ? config.query : "");
