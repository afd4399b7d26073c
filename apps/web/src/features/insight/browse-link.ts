/** The browse page with filters applied: every chart leads there. */
export function browseLink(filters: Record<string, string | string[]>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) for (const each of [value].flat()) search.append(key, each);
  return `/items?${search.toString()}`;
}
