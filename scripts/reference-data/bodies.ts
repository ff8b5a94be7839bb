import { parse } from "csv-parse/sync";
import type { CefrLevel, CompetentBodyRow } from "../../shared/domain/competent-body.ts";
import { KSV_CHOICE, MEASURE_WORDS, MEASURES, NOT_REGULATED } from "./body-measures.ts";
import type { CompetentBodiesFile, RegulatedProfessionsFile } from "../../shared/reference/data-files.ts";

/** The sourced table of ../shared/data/recognition (NOTES.md there says how it was compiled). */
export const BODIES_CSV = "recognition/competent-bodies.csv";
export const BODIES_ATTRIBUTION =
  "Zuständige Stellen für NRW (Ostwestfalen-Lippe) und Sachsen, 20 Berufe, aus öffentlichen Seiten der Stellen und Gesetze zusammengestellt (je Zeile mit Quellen); Stand der Quellen unterschiedlich";
export const FINDER = "https://www.anerkennung-in-deutschland.de/html/de/pro/anerkennungs-finder.php";
const STATES: Record<string, string> = { NRW: "05", Sachsen: "14" };
const EXPECTED_ROWS = 40;

type CsvRow = Record<
  | "profession"
  | "kldb_2010"
  | "state"
  | "regulated"
  | "legal_basis"
  | "competent_body"
  | "eu_vs_third_country"
  | "german_level"
  | "source_url"
  | "evidence",
  string
>;

function measuresOf(row: CsvRow) {
  const key = `${row.profession}|${row.state}`;
  const known = MEASURES[key];
  if (known) return known;
  if (row.regulated === "no") return NOT_REGULATED;
  if (row.state === "Sachsen" && row.competent_body.startsWith("Kommunaler Sozialverband Sachsen"))
    return KSV_CHOICE;
  throw new Error(`competent-bodies.csv: no measures read for ${key}`);
}

/** "B2 (Kreis Kleve …)" → level B2 and the text; "unknown …"/"not stated …" → unknown. */
function germanLevelOf(text: string): CompetentBodyRow["germanLevel"] {
  if (/^(unknown|not stated)/.test(text)) return { level: "unknown", text };
  const level = /^(A1|A2|B1|B2|C1|C2)\b/.exec(text)?.[1] as CefrLevel | undefined;
  return { level: level ?? "unknown", text };
}

/** Every "CAVEAT: …" / "CONFLICT: …" of a text, up to the next such mark. */
const caveatsOf = (text: string) =>
  [...text.matchAll(/(?:CAVEAT|CONFLICT):.*?(?=\s(?:CAVEAT|CONFLICT|NOTE):|$)/gs)].map((m) => m[0].trim());

export function buildBodies(csv: string, regulated: RegulatedProfessionsFile): CompetentBodiesFile {
  const rows = parse(csv, { columns: true, bom: true, skip_empty_lines: true }) as CsvRow[];
  if (rows.length !== EXPECTED_ROWS)
    throw new Error(`competent-bodies.csv: ${rows.length} rows, expected ${EXPECTED_ROWS}`);
  const engineer = regulated.professions.find((p) => p.id === "ingenieur")?.codes ?? [];
  const taken = new Set<string>();
  const bodies = rows.map((row): CompetentBodyRow => {
    const state = STATES[row.state];
    if (!state) throw new Error(`competent-bodies.csv: unknown state ${row.state}`);
    // Engineers' codes depend on the discipline (the CSV leaves them empty): the derived ones of
    // regulated-professions.json. IHK, HWK and green occupations cover too many codes to list.
    const codes = row.profession === "Ingenieur/in" ? engineer : row.kldb_2010.split(";").filter(Boolean);
    for (const code of codes) {
      if (!/^\d{5}$/.test(code)) throw new Error(`competent-bodies.csv: bad code ${code}`);
      if (taken.has(`${state}|${code}`))
        throw new Error(`competent-bodies.csv: ${code} twice in ${row.state}`);
      taken.add(`${state}|${code}`);
    }
    const { measures, choice } = measuresOf(row);
    for (const side of [measures.eu, measures.thirdCountry]) {
      for (const measure of side === "unknown" ? [] : side) {
        if (!MEASURE_WORDS[measure]?.test(row.eu_vs_third_country))
          throw new Error(`competent-bodies.csv: ${row.profession} (${row.state}) does not name ${measure}`);
      }
    }
    const caveats = [...caveatsOf(row.competent_body), ...caveatsOf(row.evidence)];
    return {
      profession: row.profession,
      codes,
      state,
      regulated: row.regulated as CompetentBodyRow["regulated"],
      legalBasis: row.legal_basis,
      body: row.competent_body,
      procedure: row.eu_vs_third_country,
      measures,
      choice,
      germanLevel: germanLevelOf(row.german_level),
      sources: row.source_url.split(" | ").map((url) => url.trim()),
      uncertain: caveats.length > 0,
      caveats,
    };
  });
  return { attribution: BODIES_ATTRIBUTION, finder: FINDER, bodies };
}
