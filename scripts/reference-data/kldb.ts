import { parse } from "csv-parse/sync";
import type { OccupationRow, OccupationsFile } from "../../shared/reference/data-files.ts";

/** KldB 2010 (Fassung 2020) "Gliederung mit Erläuterungen" → data/occupations.json. */

export const KLDB_CSV = "kldb2010-v2020.csv";
export const KLDB_ATTRIBUTION =
  "Quelle: Statistik der Bundesagentur für Arbeit – Klassifikation der Berufe 2010 – überarbeitete Fassung 2020";
/** Counts of the KldB 2010, Fassung 2020: 1,301 Berufsgattungen with 18,838 named occupations. */
export const EXPECTED = { occupations: 1301, named: 18838 };
const NAMED_PREFIX = "Zugeordnete Berufe (Beispiele):";
const NAMED_ENTRY = /^(\d{5})-(\d{3}) (.+)$/;

const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes HTML entities; &nbsp; becomes a plain space. Unknown named entities fail loudly. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    const decoded = ENTITIES[name.toLowerCase()];
    if (decoded === undefined) throw new Error(`Unknown HTML entity ${whole}`);
    return decoded;
  });
}

const clean = (text: string) =>
  decodeEntities(text)
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** "Zugeordnete Berufe (Beispiele):  26212-102 Bauelektriker/in  26212-103 …" → names, checked against `code`. */
export function parseNamedOccupations(code: string, text: string): string[] {
  return parseNamedEntries(code, text).map(([, name]) => name);
}

/** The same entries with their KldB ids: [["26212-102", "Bauelektriker/in"], …]. */
export function parseNamedEntries(code: string, text: string): [id: string, name: string][] {
  const decoded = decodeEntities(text)
    .replace(/\u00a0/g, " ")
    .trim();
  if (decoded === "") return [];
  if (!decoded.startsWith(NAMED_PREFIX))
    throw new Error(`${code}: unexpected "Umfasst ferner": ${decoded.slice(0, 60)}`);
  return decoded
    .slice(NAMED_PREFIX.length)
    .split(/ {2,}/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map((entry) => {
      const match = NAMED_ENTRY.exec(entry);
      if (!match?.[3]) throw new Error(`${code}: malformed named occupation "${entry}"`);
      if (match[1] !== code)
        throw new Error(`${code}: named occupation ${match[1]}-${match[2]} under another code`);
      return [`${match[1]}-${match[2]}`, clean(match[3])] as [string, string];
    });
}

export function buildOccupations(csv: string, attribution: string, expected = EXPECTED): OccupationsFile {
  const [header, ...rows] = parse(csv, {
    delimiter: ";",
    bom: true,
    relax_column_count: false,
  }) as string[][];
  if (!header) throw new Error("KldB CSV is empty");
  const column = (name: string) => {
    const index = header.findIndex((h) => h.startsWith(name));
    if (index < 0) throw new Error(`KldB CSV: column "${name}" missing`);
    return index;
  };
  const col = {
    key: column("Schlüssel KldB"),
    level: column("Ebene"),
    title: column("Titel"),
    short: column("Kurztitel"),
    more: column("Umfasst ferner"),
  };
  const groups: [string, string][] = [];
  const subgroups: [string, string][] = [];
  const occupations: OccupationRow[] = [];
  for (const row of rows) {
    const level = Number(row[col.level]);
    // Leading zeros were lost in the key column: pad to the level's length (1104 → 01104).
    const code = String(row[col.key] ?? "")
      .trim()
      .padStart(level, "0");
    if (!/^\d+$/.test(code) || code.length !== level)
      throw new Error(`KldB: bad key "${row[col.key]}" at level ${level}`);
    const title = clean(row[col.title] ?? "");
    if (level === 3) groups.push([code, title]);
    if (level === 4) subgroups.push([code, title]);
    if (level === 5) {
      const named = parseNamedEntries(code, row[col.more] ?? "");
      occupations.push([
        code,
        title,
        clean(row[col.short] ?? ""),
        named.map(([, name]) => name),
        // The named occupations' ids (81302-129 → "129"), in the same order: the recognition
        // case's reference occupation is one of them (issue 28).
        named.map(([id]) => id.slice(6)),
      ]);
    }
  }
  const byCode = (a: [string, ...unknown[]], b: [string, ...unknown[]]) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
  groups.sort(byCode);
  subgroups.sort(byCode);
  occupations.sort(byCode);
  checkOccupations(groups, subgroups, occupations, expected);
  return { attribution, groups, subgroups, occupations };
}

function checkOccupations(
  groups: [string, string][],
  subgroups: [string, string][],
  occupations: OccupationRow[],
  expected: typeof EXPECTED,
) {
  const named = occupations.reduce((sum, row) => sum + row[3].length, 0);
  if (occupations.length !== expected.occupations) {
    throw new Error(`KldB: expected ${expected.occupations} Berufsgattungen, found ${occupations.length}`);
  }
  if (named !== expected.named) {
    throw new Error(`KldB: expected ${expected.named} named occupations, found ${named}`);
  }
  const groupCodes = new Set(groups.map(([code]) => code));
  const subgroupCodes = new Set(subgroups.map(([code]) => code));
  for (const [code] of occupations) {
    if (!groupCodes.has(code.slice(0, 3)) || !subgroupCodes.has(code.slice(0, 4))) {
      throw new Error(`KldB: ${code} has no Berufsgruppe/-untergruppe`);
    }
  }
  if (new Set(occupations.map(([code]) => code)).size !== occupations.length)
    throw new Error("KldB: duplicate codes");
}

/** Every named occupation by its KldB id ("81342-113" → "Notfallsanitäter/in"), for checking ids. */
export function namedOccupationIds(csv: string): Map<string, string> {
  const [header = [], ...rows] = parse(csv, { delimiter: ";", bom: true }) as string[][];
  const key = header.findIndex((h) => h.startsWith("Schlüssel KldB"));
  const level = header.findIndex((h) => h.startsWith("Ebene"));
  const more = header.findIndex((h) => h.startsWith("Umfasst ferner"));
  const ids = new Map<string, string>();
  for (const row of rows) {
    if (row[level] !== "5") continue;
    const code = String(row[key] ?? "")
      .trim()
      .padStart(5, "0");
    for (const [id, name] of parseNamedEntries(code, row[more] ?? "")) ids.set(id, name);
  }
  return ids;
}
