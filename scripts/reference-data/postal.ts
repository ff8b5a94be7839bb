import { parse } from "csv-parse/sync";
import type { PostalCodeRow, PostalCodesFile } from "../../shared/reference/data-files.ts";

/** GeoNames postal codes (zauberware CSV) → data/postal-codes.json, one entry per postal code. */

export const POSTAL_CSV = "postal-codes-de.csv";
export const GEONAMES_ATTRIBUTION = "GeoNames (www.geonames.org), CC BY 4.0, via zauberware/postal-codes-json-xml-csv";
export const EXPECTED_POSTAL_CODES = 10814;

/** Bundesländer by the first two digits of the AGS (the CSV's state columns are unreliable). */
export const STATES: Record<string, string> = {
  "01": "Schleswig-Holstein",
  "02": "Hamburg",
  "03": "Niedersachsen",
  "04": "Bremen",
  "05": "Nordrhein-Westfalen",
  "06": "Hessen",
  "07": "Rheinland-Pfalz",
  "08": "Baden-Württemberg",
  "09": "Bayern",
  "10": "Saarland",
  "11": "Berlin",
  "12": "Brandenburg",
  "13": "Mecklenburg-Vorpommern",
  "14": "Sachsen",
  "15": "Sachsen-Anhalt",
  "16": "Thüringen",
};

/** English exonyms GeoNames uses as district names for a few codes. */
const GERMAN_NAMES: Record<string, string> = { Nuremberg: "Nürnberg" };
const DISTRICT_PREFIX = /^(Landkreis|Kreisfreie Stadt|Kreis|Stadtkreis|Regionalverband|Städteregion) /;

const LEGAL_FORM = /\b(g?GmbH|Gmbh|mbH|AG|KG|KGaA|eG|e\.\s?V|e\.\s?K|SE|OHG|GbR|Co|Ltd|Inc|S\.\s?A|B\.\s?V|AöR|KdöR)\b|\b(Dr|Dipl|Dt)\./;
// Word stems of companies and authorities; anchored so that Kassel, Maikammer, Freigericht, Neunkirchen,
// Dannewerk or Zolling stay places.
const ORGANISATION = new RegExp(
  [
    "bank|versicherung|verlag|verwaltung|finanzamt|universität|hochschule|klinik|krankenhaus|ministerium",
    "telekom|service|holding|lotterie|agentur|zentrale|niederlassung|gesellschaft|kassen?\\b|genossenschaft",
    "handwerkskammer|handelskammer|ärztekammer|landwirtschaftskammer|versorgungskammer|\\bkammer\\b",
    "(?<!frei|linsen)gericht|(?<!frei)amt\\b|anwalt|anwälte|institut|zentrum|magistrat|behörde|präsidium",
    "diözese|bistum|stiftung|verband|verein|direktion|fraktion|landtag|rundfunk|fachbereich|abteilung",
    "postfach|filiale|versand|vertrieb|gruppe\\b|werke\\b|(?<![a-zäöüß])werk\\b|(förderungs|diakonie|studenten)werk",
    "fabrik|center|centre|versorgung|versicherer|missionshaus|provinzialat|bibliothek|museum|weingut",
    "deutschland|germany|europe|club|akademie|schule\\b|hospital|polizei|zollamt|landrat|bürgermeister",
    "regierung|vertretung|staatskanzlei|anstalt|\\bkirche\\b|kirchen(kreis|amt|steuer)|landeskirche",
    "ordinariat|apotheke|praxis|redaktion|zeitung|brauerei|kaufhaus|büro|systems|technik|ämter\\b|pharma",
    "steuerberater|\\bdeutsche[nrs]?\\b|bund\\b|betriebe?\\b|stelle\\b|kreisausschu|(volks|tage|wochen)blatt|mailing|industrie",
    "knappschaft|stahl\\b|abfall|bereich\\b|solar|express|getränke|gebr\\.",
    "^(stadt|landeshauptstadt|hansestadt|gemeinde|landkreis|kreis|haus)( |$)(?!wehlen$)",
  ].join("|"),
  "i",
);
// Digits, symbols, acronyms (not "Wakendorf II"), camelCase, domains ("DaimlerChrysler"), free-standing dashes, mojibake.
const ODD_CHARACTERS = /[&+\d@;:!?"]|\b(?!II\b|III\b|IV\b)[A-ZÄÖÜ]{2,}\b|[a-zäöüß][A-ZÄÖÜ]|[a-z]{2}\.[a-z]{2}|\s-|-\s|\sDer\s|Ã/;
/** The only lower-case words in German place names ("Frankfurt am Main", "Stetten am kalten Markt"). */
const CONNECTORS = new Set("am an auf bei beim dem den der im in ob unter unterm vor vorm kalten".split(" "));
const ABBREVIATION = /^[a-tv-z]\.([a-zA-Z]+\.?)*$/; // "a.", "i.d.OPf." (but not "u." = und)

/** Large-customer postal codes are named after companies and authorities, not places. */
export function isOrganisationName(place: string): boolean {
  if (LEGAL_FORM.test(place) || ORGANISATION.test(place) || ODD_CHARACTERS.test(place)) return true;
  // "Bezirksstelle für Naturschutz", "Jauch und Hübener", "harmony.fm": lower-case words a place lacks.
  return place
    .split(/[\s/()]+/)
    .some((word) => /^[a-zäöüß]/.test(word) && !CONNECTORS.has(word) && !ABBREVIATION.test(word));
}

interface Row {
  zipcode: string;
  place: string;
  community: string;
  community_code: string;
  latitude: string;
  longitude: string;
}

interface Aggregate {
  code: string;
  lat: number;
  lon: number;
  place: string | undefined;
  district: string | undefined;
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Highest count first, then the caller's tie-breakers, then code-point order: deterministic. */
function pick(counts: Map<string, number>, ...tieBreakers: ((a: string, b: string) => number)[]): string | undefined {
  const ranked = [...counts.keys()].sort((a, b) => {
    const byCount = (counts.get(b) ?? 0) - (counts.get(a) ?? 0);
    if (byCount !== 0) return byCount;
    for (const tie of tieBreakers) {
      const result = tie(a, b);
      if (result !== 0) return result;
    }
    return compare(a, b);
  });
  return ranked[0];
}

/** Preferred: the name with its kind ("Kreis Gütersloh" over "Gütersloh"), then the most frequent. */
function districtNames(rows: readonly Row[]): Map<string, string> {
  const byCode = groupBy(rows.filter((row) => row.community_code !== ""), (row) => row.community_code);
  const names = new Map<string, string>();
  for (const [code, districtRows] of byCode) {
    const counts = countBy(districtRows, (row) => row.community);
    const withKind = new Map([...counts].filter(([name]) => DISTRICT_PREFIX.test(name)));
    const name = pick(withKind.size > 0 ? withKind : counts) ?? "";
    names.set(code, GERMAN_NAMES[name] ?? name);
  }
  return names;
}

function aggregate(code: string, rows: readonly Row[], placeFrequency: Map<string, number>): Aggregate {
  const ordinary = rows.filter((row) => !isOrganisationName(row.place));
  // Most frequent ordinary name; ties go to the name used by more postal codes ("Dresden" over
  // "Dresden Friedrichstadt"), then the shorter one.
  const place = pick(
    countBy(ordinary, (row) => row.place),
    (a, b) => (placeFrequency.get(b) ?? 0) - (placeFrequency.get(a) ?? 0),
    (a, b) => a.length - b.length,
  );
  const inPlace = new Set(rows.filter((row) => row.place === place).map((row) => row.community_code));
  const district = pick(
    countBy(
      rows.filter((row) => row.community_code !== ""),
      (row) => row.community_code,
    ),
    (a, b) => Number(inPlace.has(b)) - Number(inPlace.has(a)),
  );
  const mean = (key: "latitude" | "longitude") => round4(rows.reduce((sum, row) => sum + Number(row[key]), 0) / rows.length);
  return { code, lat: mean("latitude"), lon: mean("longitude"), place, district };
}

/** A code named only after organisations takes the place of the nearest ordinary code, same district first. */
function nearestPlace(target: Aggregate, named: readonly Aggregate[]): string {
  const cos = Math.cos((target.lat * Math.PI) / 180);
  const distance = (other: Aggregate) => ((other.lat - target.lat) ** 2 + ((other.lon - target.lon) * cos) ** 2);
  const sameDistrict = named.filter((other) => other.district === target.district);
  const candidates = sameDistrict.length > 0 ? sameDistrict : named;
  const nearest = candidates.reduce((best, other) => (distance(other) < distance(best) ? other : best));
  return nearest.place ?? "";
}

export interface PostalStats {
  rows: number;
  /** codes named only after organisations: place taken from the nearest ordinary code */
  organisationOnly: number;
  /** codes whose rows lie in more than one district */
  multiDistrict: number;
  /** codes without any district code */
  withoutDistrict: string[];
}

export function buildPostalCodes(
  csv: string,
  attribution: string,
  expectedCodes = EXPECTED_POSTAL_CODES,
): { data: PostalCodesFile; stats: PostalStats } {
  const rows = parse(csv, { columns: true, bom: true }) as Row[];
  for (const row of rows) {
    if (!/^\d{5}$/.test(row.zipcode)) throw new Error(`Postal codes: bad zipcode "${row.zipcode}"`);
    if (!Number.isFinite(Number(row.latitude)) || !Number.isFinite(Number(row.longitude))) {
      throw new Error(`Postal codes: bad coordinates for ${row.zipcode}`);
    }
  }
  const placeFrequency = new Map<string, number>();
  const byCode = groupBy(rows, (row) => row.zipcode);
  for (const codeRows of byCode.values()) {
    for (const place of new Set(codeRows.map((row) => row.place))) {
      placeFrequency.set(place, (placeFrequency.get(place) ?? 0) + 1);
    }
  }
  const aggregates = [...byCode].map(([code, codeRows]) => aggregate(code, codeRows, placeFrequency));
  const named = aggregates.filter((entry) => entry.place !== undefined);
  const stats: PostalStats = {
    rows: rows.length,
    organisationOnly: aggregates.length - named.length,
    multiDistrict: [...byCode.values()].filter((codeRows) => new Set(codeRows.map((r) => r.community_code)).size > 1).length,
    withoutDistrict: aggregates.filter((entry) => entry.district === undefined).map((entry) => entry.code),
  };
  for (const entry of aggregates) entry.place ??= nearestPlace(entry, named);
  if (aggregates.length !== expectedCodes) {
    throw new Error(`Postal codes: expected ${expectedCodes} postal codes, found ${aggregates.length}`);
  }

  const names = districtNames(rows);
  const districtCodes = [...names.keys()].sort(compare);
  for (const code of districtCodes) {
    if (!STATES[code.slice(0, 2)]) throw new Error(`Postal codes: district ${code} in no Bundesland`);
  }
  const index = new Map(districtCodes.map((code, i) => [code, i]));
  const postalCodes: PostalCodeRow[] = aggregates
    .sort((a, b) => compare(a.code, b.code))
    .map((entry) => [
      entry.code,
      entry.place ?? "",
      entry.lat,
      entry.lon,
      entry.district === undefined ? null : (index.get(entry.district) ?? null),
    ]);
  const districts = districtCodes.map((code): [string, string] => [code, names.get(code) ?? ""]);
  const states = Object.entries(STATES).sort(([a], [b]) => compare(a, b));
  return { data: { attribution, states, districts, postalCodes }, stats };
}
