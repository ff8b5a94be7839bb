import type {
  OccupationsFile,
  RegulatedProfessionRow,
  RegulatedProfessionsFile,
} from "../../shared/reference/data-files.ts";

/**
 * The regulated professions IQ coaches meet most, compiled by hand from the laws that govern them
 * (federal: gesetze-im-internet.de; Länder: their own laws) and the federal government's portal
 * "Anerkennung in Deutschland", which lists for every profession whether it is regulated and who
 * decides. Each KldB code was chosen from the Berufsgattungen whose named occupations are that
 * profession; the script checks that every code exists. Engineers are derived by a rule (below).
 */
export const REGULATED_ATTRIBUTION =
  "Zusammengestellt nach den Berufsgesetzen des Bundes und der Länder und dem Portal „Anerkennung in Deutschland“ (BIBB im Auftrag des BMBF); KldB 2010: Statistik der Bundesagentur für Arbeit";

const PORTAL = "https://www.anerkennung-in-deutschland.de";
const law = (slug: string) => `https://www.gesetze-im-internet.de/${slug}/`;

type Source = Omit<RegulatedProfessionRow, "protection"> & {
  protection?: RegulatedProfessionRow["protection"];
};

const PROFESSIONS: Source[] = [
  {
    id: "arzt",
    name: "Ärztin/Arzt",
    law: "Bund",
    legalBasis: "Bundesärzteordnung (BÄO)",
    source: law("b_o"),
    codes: [
      "81404",
      "81414",
      "81424",
      "81434",
      "81444",
      "81454",
      "81464",
      "81484",
      "81214",
      "81234",
      "81814",
    ],
  },
  {
    id: "zahnarzt",
    name: "Zahnärztin/Zahnarzt",
    law: "Bund",
    legalBasis: "Zahnheilkundegesetz (ZHG)",
    source: law("zhg"),
    codes: ["81474"],
  },
  {
    id: "tierarzt",
    name: "Tierärztin/Tierarzt",
    law: "Bund",
    legalBasis: "Bundes-Tierärzteordnung (BTÄO)",
    source: law("bt_o"),
    codes: ["81504", "81514", "81524"],
  },
  {
    id: "apotheker",
    name: "Apotheker/in",
    law: "Bund",
    legalBasis: "Bundes-Apothekerordnung (BApO)",
    source: law("bapo"),
    codes: ["81804"],
  },
  {
    id: "psychotherapeut",
    name: "Psychotherapeut/in",
    law: "Bund",
    legalBasis: "Psychotherapeutengesetz (PsychThG)",
    source: law("psychthg_2020"),
    codes: ["81634"],
  },
  {
    id: "pflegefachperson",
    name: "Pflegefachfrau/Pflegefachmann",
    law: "Bund",
    legalBasis: "Pflegeberufegesetz (PflBG)",
    source: law("pflbg"),
    codes: ["81302", "81313", "81323", "81382", "81383", "82103", "82182", "82183"],
    // 82102 also holds Altenbetreuer/in, Betagtenbetreuer/in and Seniorenbetreuer/in: not regulated.
    partly: [
      {
        code: "82102",
        named: [
          ["82102-101", "Altenpfleger/in"],
          ["82102-108", "Pflegefachmann/-frau (Altenpflege)"],
        ],
      },
    ],
  },
  {
    id: "hebamme",
    name: "Hebamme",
    law: "Bund",
    legalBasis: "Hebammengesetz (HebG)",
    source: law("hebg_2020"),
    codes: ["81353"],
  },
  {
    id: "physiotherapeut",
    name: "Physiotherapeut/in",
    law: "Bund",
    legalBasis: "Masseur- und Physiotherapeutengesetz (MPhG)",
    source: law("mphg"),
    codes: ["81713", "81714"],
  },
  {
    id: "ergotherapeut",
    name: "Ergotherapeut/in",
    law: "Bund",
    legalBasis: "Ergotherapeutengesetz (ErgThG)",
    source: law("ergthg"),
    codes: ["81723", "81724"],
  },
  {
    id: "logopaede",
    name: "Logopädin/Logopäde",
    law: "Bund",
    legalBasis: "Gesetz über den Beruf des Logopäden (LogopG)",
    source: law("logopg"),
    codes: ["81733", "81734"],
  },
  {
    id: "notfallsanitaeter",
    name: "Notfallsanitäter/in",
    law: "Bund",
    legalBasis: "Notfallsanitätergesetz (NotSanG)",
    source: law("notsang"),
    // 81342 also holds Rettungs-, Transport- and Betriebssanitäter/in (courses, not the NotSanG).
    codes: [],
    partly: [{ code: "81342", named: [["81342-113", "Notfallsanitäter/in"]] }],
  },
  {
    id: "mt",
    name: "Medizinische/r Technolog/in",
    law: "Bund",
    legalBasis: "MT-Berufe-Gesetz (MTBG)",
    source: law("mtbg"),
    codes: ["81212", "81222", "81232", "81242"],
  },
  {
    id: "erzieher",
    name: "Erzieher/in",
    law: "Land",
    legalBasis: "Schul- und Kinderbildungsgesetze der Länder (staatliche Anerkennung)",
    source: PORTAL,
    codes: ["83113"],
  },
  {
    id: "sozialarbeiter",
    name: "Sozialarbeiter/in, Sozialpädagog/in",
    law: "Land",
    legalBasis: "Sozialberufe-Anerkennungsgesetze der Länder (staatliche Anerkennung)",
    source: PORTAL,
    codes: ["83123", "83124"],
  },
  {
    id: "lehrkraft",
    name: "Lehrkraft",
    law: "Land",
    legalBasis: "Lehrerausbildungsgesetze der Länder",
    source: PORTAL,
    codes: ["84114", "84124", "84134", "84214"],
  },
  {
    id: "architekt",
    name: "Architekt/in",
    law: "Land",
    legalBasis: "Architekten- und Baukammergesetze der Länder",
    // Only the title needs the entry in the Architektenliste; the work itself does not (AKNW, AK Sachsen).
    protection: "title",
    source: PORTAL,
    codes: ["31114"],
  },
  {
    id: "rechtsanwalt",
    name: "Rechtsanwältin/Rechtsanwalt",
    law: "Bund",
    legalBasis: "Bundesrechtsanwaltsordnung (BRAO), EuRAG",
    source: law("brao"),
    codes: ["73134"],
  },
  {
    id: "steuerberater",
    name: "Steuerberater/in",
    law: "Bund",
    legalBasis: "Steuerberatungsgesetz (StBerG)",
    source: law("stberg"),
    codes: ["72304"],
  },
];

const ENGINEER_TITLE = /Dipl\.-Ing\.|[Ii]ngenieur/;
const ENGINEER_MAIN_GROUPS = /^(2[1-9]|31|34)/;
export const ENGINEER_MIN_NAMED = 5;

/**
 * Ingenieur/in is a protected title (Ingenieurgesetze der Länder). Its codes: Experte level (…4),
 * not a supervisory subgroup (…9.), in the production, building and building-services main groups,
 * with at least 5 named occupations that are Dipl.-Ing. or Ingenieur titles — minus the codes of
 * another regulated profession (architecture).
 */
export function engineerCodes(occupations: OccupationsFile, taken: ReadonlySet<string>): string[] {
  return occupations.occupations
    .filter(
      ([code, , , named]) =>
        code.charAt(4) === "4" &&
        code.charAt(3) !== "9" &&
        ENGINEER_MAIN_GROUPS.test(code) &&
        !taken.has(code) &&
        named.filter((n) => ENGINEER_TITLE.test(n)).length >= ENGINEER_MIN_NAMED,
    )
    .map(([code]) => code);
}

/**
 * A Berufsgattung only partly of a profession names the regulated occupations by their KldB ids;
 * each must be a named occupation of that code (`namedIds`: id → title from the raw KldB file, given
 * by `npm run data`; without it the titles are checked against occupations.json).
 */
function checkPartly(
  profession: Source,
  occupations: OccupationsFile,
  namedIds?: ReadonlyMap<string, string>,
) {
  const named = new Map(occupations.occupations.map(([code, , , names]) => [code, names]));
  for (const { code, named: entries } of profession.partly ?? []) {
    for (const [id, title] of entries) {
      const fromFile = namedIds?.get(id);
      if (
        !id.startsWith(`${code}-`) ||
        !(named.get(code) ?? []).includes(title) ||
        (namedIds && fromFile !== title)
      )
        throw new Error(`${profession.id}: ${id} ${title} is not a named occupation of ${code}`);
    }
  }
}

export function buildRegulated(
  occupations: OccupationsFile,
  namedIds?: ReadonlyMap<string, string>,
): RegulatedProfessionsFile {
  const known = new Set(occupations.occupations.map(([code]) => code));
  const taken = new Set<string>();
  for (const profession of PROFESSIONS) {
    checkPartly(profession, occupations, namedIds);
    const codes = [...profession.codes, ...(profession.partly ?? []).map((p) => p.code)];
    for (const code of codes) {
      if (!known.has(code)) throw new Error(`${profession.id}: unknown KldB code ${code}`);
      if (taken.has(code)) throw new Error(`${profession.id}: code ${code} is in two professions`);
      taken.add(code);
    }
  }
  taken.add("31124"); // Stadtplaner/in: protected by the Länder's chamber laws too, not an engineer title
  const engineer: Source = {
    id: "ingenieur",
    name: "Ingenieur/in",
    law: "Land",
    protection: "title",
    legalBasis: "Ingenieurgesetze der Länder (geschützte Berufsbezeichnung)",
    source: PORTAL,
    codes: engineerCodes(occupations, taken),
  };
  const row = ({ protection, ...rest }: Source): RegulatedProfessionRow => ({
    ...rest,
    protection: protection ?? "licence",
  });
  return { attribution: REGULATED_ATTRIBUTION, professions: [...PROFESSIONS, engineer].map(row) };
}
