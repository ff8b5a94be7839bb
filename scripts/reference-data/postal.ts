import { parse } from "csv-parse/sync";
import type { PostalCodeRow, PostalCodesFile } from "../../shared/reference/data-files.ts";
import { isOrganisationName } from "./organisation-names.ts";
import { STATE_NAMES as STATES } from "../../shared/schemas/states.ts";
import { compare, countBy, groupBy, pick } from "./tally.ts";

/** GeoNames postal codes (zauberware CSV) → data/postal-codes.json, one entry per postal code. */

export const POSTAL_CSV = "postal-codes-de.csv";
export const GEONAMES_ATTRIBUTION =
  "GeoNames (www.geonames.org), CC BY 4.0, via zauberware/postal-codes-json-xml-csv";
export const EXPECTED_POSTAL_CODES = 10814;

/** English exonyms GeoNames uses as district names for a few codes. */
const GERMAN_NAMES: Record<string, string> = { Nuremberg: "Nürnberg" };
const DISTRICT_PREFIX = /^(Landkreis|Kreisfreie Stadt|Kreis|Stadtkreis|Regionalverband|Städteregion) /;

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
const COLUMNS = ["zipcode", "place", "community", "community_code", "latitude", "longitude"] as const;

/** Preferred: the name with its kind ("Kreis Gütersloh" over "Gütersloh"), then the most frequent. */
function districtNames(rows: readonly Row[]): Map<string, string> {
  const byCode = groupBy(
    rows.filter((row) => row.community_code !== ""),
    (row) => row.community_code,
  );
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
  const mean = (key: "latitude" | "longitude") =>
    round4(rows.reduce((sum, row) => sum + Number(row[key]), 0) / rows.length);
  return { code, lat: mean("latitude"), lon: mean("longitude"), place, district };
}

/** A code named only after organisations takes the place of the nearest ordinary code, same district first. */
function nearestPlace(target: Aggregate, named: readonly Aggregate[]): string {
  const cos = Math.cos((target.lat * Math.PI) / 180);
  const distance = (other: Aggregate) =>
    (other.lat - target.lat) ** 2 + ((other.lon - target.lon) * cos) ** 2;
  const sameDistrict = named.filter((other) => other.district === target.district);
  const candidates = sameDistrict.length > 0 ? sameDistrict : named;
  const nearest = candidates.reduce<Aggregate | undefined>(
    (best, other) => (best && distance(best) <= distance(other) ? best : other),
    undefined,
  );
  return nearest?.place ?? "";
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
  const missing = COLUMNS.filter((column) => rows[0] && !(column in rows[0]));
  if (missing.length > 0) throw new Error(`Postal codes: columns missing: ${missing.join(", ")}`);
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
    multiDistrict: [...byCode.values()].filter(
      (codeRows) => new Set(codeRows.map((r) => r.community_code)).size > 1,
    ).length,
    withoutDistrict: aggregates.filter((entry) => entry.district === undefined).map((entry) => entry.code),
  };
  for (const entry of aggregates) entry.place ??= nearestPlace(entry, named);
  if (aggregates.length !== expectedCodes) {
    throw new Error(`Postal codes: expected ${expectedCodes} postal codes, found ${aggregates.length}`);
  }

  const names = districtNames(rows);
  const districtCodes = [...names.keys()].sort(compare);
  for (const code of districtCodes) {
    if (!(code.slice(0, 2) in STATES)) throw new Error(`Postal codes: district ${code} in no Bundesland`);
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
