/**
 * Finding an employer record by name (GET /employers?q=): a query finds the names one of whose
 * words begins with each of its words, whatever the case or the diacritics ("bäck" finds
 * "Bäckerei Müller" and "Müller Backwaren"; "muller bä" finds the first only).
 */

/** How many distinct words of a name are searchable (a name has 160 characters at most). */
export const MAX_SEARCH_WORDS = 12;

/** Lower case, without diacritics, ß as ss: the form names and queries are compared in. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss");
}

/** The distinct words of a text in folded form, in their order, at most MAX_SEARCH_WORDS. */
export function searchWords(text: string): string[] {
  const words = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS);
}

/** The folded name as a sort key: the organisation's list runs alphabetically. */
export const nameSortKey = (name: string) => searchWords(name).join(" ");

/**
 * The query word whose beginning the index is read by: the longest (the fewest names share it),
 * the first of equally long ones. Undefined for a query without words.
 */
export function leadWord(queryWords: readonly string[]): string | undefined {
  return queryWords.reduce<string | undefined>(
    (lead, word) => (lead === undefined || word.length > lead.length ? word : lead),
    undefined,
  );
}

/** Does every query word begin one of the name's words? */
export const matchesQuery = (nameWords: readonly string[], queryWords: readonly string[]) =>
  queryWords.every((q) => nameWords.some((word) => word.startsWith(q)));

/**
 * The one word of a matching name that answers the query: of the name's words the lead word
 * begins, the first in index order. A name with two such words ("Bau und Baustoffe") is so
 * listed once, on whichever page its answering word falls.
 */
export function answeringWord(nameWords: readonly string[], lead: string): string | undefined {
  return nameWords
    .filter((word) => word.startsWith(lead))
    .reduce<string | undefined>(
      (first, word) => (first === undefined || word < first ? word : first),
      undefined,
    );
}
