import { api } from "./api.ts";
import type { Occupation, OccupationHit } from "./types.ts";

/** KldB occupations: typo-tolerant search and titles by code, cached for the session. */
const titles = new Map<string, Promise<string>>();

export async function searchOccupations(q: string, signal?: AbortSignal): Promise<OccupationHit[]> {
  const { items } = await api.get<{ items: OccupationHit[] }>("/occupations", {
    query: { q, limit: 8 },
    signal,
  });
  for (const hit of items) if (!titles.has(hit.code)) titles.set(hit.code, Promise.resolve(hit.title));
  return items;
}

/** "81302 – Berufe in der Gesundheits- und Krankenpflege …"; the bare code if the lookup fails. */
export function occupationTitle(code: string): Promise<string> {
  let title = titles.get(code);
  if (!title) {
    title = api
      .get<Occupation>(`/occupations/${encodeURIComponent(code)}`)
      .then((o) => o.title)
      .catch(() => "");
    titles.set(code, title);
  }
  return title;
}

export const occupationLabel = (code: string, title: string) => (title ? `${code} – ${title}` : code);

/** A text node that shows the code at once and adds the title when it arrives. */
export function occupationText(code: string): Text {
  const node = document.createTextNode(code);
  void occupationTitle(code).then((title) => (node.textContent = occupationLabel(code, title)));
  return node;
}
