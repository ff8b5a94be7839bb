import { readFileSync } from "node:fs";
import type { CompetentBodyRow } from "../domain/competent-body.ts";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Shapes of the committed reference data files in data/ (written by scripts/build-reference-data.ts).
 * Arrays of tuples keep them compact; see data/README.md for their sources and derivation.
 */

/**
 * [code (5 digits), title, shortTitle, named occupations ("Zugeordnete Berufe"), their ids' last
 * three digits in the same order (81302-129 → "129")]
 */
export type OccupationRow = [
  code: string,
  title: string,
  shortTitle: string,
  namedOccupations: string[],
  namedIds: string[],
];

export interface OccupationsFile {
  attribution: string;
  /** 3-digit Berufsgruppen: [code, title] */
  groups: [code: string, title: string][];
  /** 4-digit Berufsuntergruppen: [code, title] */
  subgroups: [code: string, title: string][];
  /** 5-digit Berufsgattungen, sorted by code */
  occupations: OccupationRow[];
}

/** [postal code, main place, lat, lon, index into `districts` (null: no district, see README)] */
export type PostalCodeRow = [
  postalCode: string,
  place: string,
  lat: number,
  lon: number,
  district: number | null,
];

export interface PostalCodesFile {
  attribution: string;
  /** Bundesländer: [first two digits of the AGS, name] */
  states: [code: string, name: string][];
  /** [AGS of the Kreis / kreisfreie Stadt, name], sorted by code */
  districts: [code: string, name: string][];
  /** sorted by postal code */
  postalCodes: PostalCodeRow[];
}

/** A regulated profession: its KldB codes, the law that governs it and where that is written. */
export interface RegulatedProfessionRow {
  id: string;
  name: string;
  law: "Bund" | "Land";
  /** `licence`: working in it needs recognition; `title`: only the professional title does. */
  protection: "licence" | "title";
  legalBasis: string;
  source: string;
  /** Berufsgattungen that are the profession as a whole. */
  codes: string[];
  /** Berufsgattungen of which only some named occupations are the profession: [KldB id, title]. */
  partly?: { code: string; named: [id: string, title: string][] }[];
}

export interface RegulatedProfessionsFile {
  attribution: string;
  professions: RegulatedProfessionRow[];
}

export interface CompetentBodiesFile {
  attribution: string;
  /** Where to look when the data does not say: the federal Anerkennungs-Finder. */
  finder: string;
  bodies: CompetentBodyRow[];
}

/** Abbreviations ("MFA") with the KldB named occupations they stand for: [KldB id, title], best first. */
export interface OccupationAliasesFile {
  attribution: string;
  aliases: [alias: string, named: [id: string, title: string][]][];
}

export const OCCUPATIONS_FILE = "occupations.json";
export const OCCUPATION_ALIASES_FILE = "occupation-aliases.json";
export const COMPETENT_BODIES_FILE = "competent-bodies.json";
export const REGULATED_PROFESSIONS_FILE = "regulated-professions.json";
export const POSTAL_CODES_FILE = "postal-codes.json";
/**
 * Every file a function may read at runtime: a bundle with reference data ships all of them
 * (infra/passung-function.ts, bench/bundle.ts; test/infra/reference-data.test.ts keeps it complete).
 */
export const REFERENCE_DATA_FILES: readonly string[] = [
  OCCUPATIONS_FILE,
  OCCUPATION_ALIASES_FILE,
  REGULATED_PROFESSIONS_FILE,
  POSTAL_CODES_FILE,
  COMPETENT_BODIES_FILE,
];

/** REFERENCE_DATA_DIR (e.g. set by the Lambda bundle) or the repository's data/ folder. */
export function referenceDataDir(): string {
  return process.env.REFERENCE_DATA_DIR ?? fileURLToPath(new URL("../../data/", import.meta.url));
}

export function readReferenceFile<T>(name: string): T {
  return JSON.parse(readFileSync(join(referenceDataDir(), name), "utf8")) as T;
}
