import MiniSearch from "minisearch";
import { type OccupationRow } from "./data-files.ts";
import { occupationsForAlias } from "./occupation-aliases.ts";
import { occupationData } from "./occupation-data.ts";
import { occupationTerms } from "./occupation-text.ts";

export interface OccupationHit {
  /** 5-digit KldB Berufsgattung */
  code: string;
  title: string;
  /** The named occupation or title that matched best (absent for a search by code). */
  matched?: string;
  /**
   * When what matched is a named occupation (or the query was its id, "81302-129"): it with its
   * KldB id, what the recognition case takes as its reference occupation.
   */
  namedOccupation?: { code: string; title: string };
  /** Relevance relative to the best hit of the same search (1); higher is better. */
  score: number;
}

interface Doc {
  id: number;
  code: string;
  text: string;
}

/** "26212", "262", "26212-110" (id of a named occupation): a search by code or code prefix. */
const CODE_QUERY = /^(\d{1,5})(?:-(\d{0,3}))?$/;

/** The named occupation of a row with this name or id suffix, with its full id. */
function namedOf(row: OccupationRow | undefined, by: { name?: string; id?: string }) {
  if (!row) return undefined;
  const index = by.name !== undefined ? row[3].indexOf(by.name) : row[4].indexOf(by.id ?? "");
  return index < 0 ? undefined : { code: `${row[0]}-${row[4][index]}`, title: row[3][index] ?? "" };
}

let index: { search: MiniSearch<Doc>; docs: Doc[] } | undefined;

/** One document per title, short title and distinct named occupation of each Berufsgattung. */
function buildIndex(): { search: MiniSearch<Doc>; docs: Doc[] } {
  const docs: Doc[] = [];
  for (const [code, title, shortTitle, named] of occupationData().rows) {
    for (const text of new Set([title, shortTitle, ...named])) docs.push({ id: docs.length, code, text });
  }
  const search = new MiniSearch<Doc>({
    fields: ["text"],
    tokenize: occupationTerms,
    processTerm: (term) => term,
    searchOptions: {
      prefix: (term) => term.length >= 3,
      // Edits allowed by word length (a number ≥ 1 is a distance): one typo in "Elektrniker", but
      // "Einhörner" does not become "Einholer" (two edits in nine letters): nonsense finds nothing.
      fuzzy: (term) => (term.length < 5 ? false : term.length < 10 ? 1 : term.length < 15 ? 2 : 3),
      // Exact terms dominate: "Bäcker" ranks "Bäcker/in" above "Bäckermeister/in/… Bäcker-Handwerk",
      // "Elektroniker" ranks "Elektroniker/in" above "IT-Elektroniker/in".
      weights: { fuzzy: 0.1, prefix: 0.1 },
    },
  });
  search.addAll(docs);
  return { search, docs };
}

function searchByCode(prefix: string, namedId: string | undefined, limit: number): OccupationHit[] {
  return occupationData()
    .rows.filter(([code]) => code.startsWith(prefix))
    .slice(0, limit)
    .map((row) => {
      const named = namedId?.length === 3 ? namedOf(row, { id: namedId }) : undefined;
      return { code: row[0], title: row[1], score: 1, ...(named ? { namedOccupation: named } : {}) };
    });
}

/** An abbreviation's occupations ("MFA"), then what the words find, one entry per code. */
function searchByAliasAndText(q: string, limit: number): OccupationHit[] {
  const { byCode } = occupationData();
  const aliased: OccupationHit[] = occupationsForAlias(q).map(({ code, named }) => ({
    code,
    title: byCode.get(code)?.[1] ?? "",
    matched: named.title,
    namedOccupation: named,
    score: 1,
  }));
  const codes = new Set(aliased.map((hit) => hit.code));
  const found = searchByText(q, limit).filter((hit) => !codes.has(hit.code));
  return [...aliased, ...found].slice(0, limit);
}

function searchByText(q: string, limit: number): OccupationHit[] {
  index ??= buildIndex();
  const { search, docs } = index;
  const best = new Map<string, { score: number; text: string }>();
  for (const result of search.search(q)) {
    const doc = docs[result.id as number];
    if (!doc) continue;
    const current = best.get(doc.code);
    // Results arrive best first: the first document of a code is its best match.
    if (!current) best.set(doc.code, { score: result.score, text: doc.text });
  }
  const ranked = [...best].sort(([codeA, a], [codeB, b]) => b.score - a.score || (codeA < codeB ? -1 : 1));
  const top = ranked[0]?.[1].score ?? 1;
  const { byCode } = occupationData();
  return ranked.slice(0, limit).map(([code, hit]) => {
    const row = byCode.get(code);
    const named = namedOf(row, { name: hit.text });
    return {
      code,
      title: row?.[1] ?? "",
      matched: hit.text,
      ...(named ? { namedOccupation: named } : {}),
      score: Math.round((hit.score / top) * 1000) / 1000,
    };
  });
}

/**
 * Ranked Berufsgattungen for a query: a code or code prefix ("26212", "262") lists the codes under
 * it; an abbreviation ("MFA", data/occupation-aliases.json) its occupations first; anything else is
 * a typo-tolerant (fuzzy and prefix) search over titles and named occupations with German
 * normalisation. One entry per 5-digit code. The index is built on the first text search.
 */
export function searchOccupations(q: string, limit: number): OccupationHit[] {
  const query = q.trim();
  const [, code, namedId] = CODE_QUERY.exec(query) ?? [];
  if (code) return searchByCode(code, namedId, limit);
  return searchByAliasAndText(query, limit);
}
