import type { Measure } from "../vocabulary/measures.ts";
import type { RegulatedProfession } from "./regulation.ts";

/** The measures a source names, or `unknown` where it does not say. */
export type MeasureList = Measure[] | "unknown";
export type CefrLevel = "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
export type TrainedIn = "eu" | "third-country";

/** One sourced row (data/competent-bodies.json): a profession in one Land. */
export interface CompetentBodyRow {
  profession: string;
  /** KldB Berufsgattungen the row covers (empty: too many to list, e.g. IHK occupations). */
  codes: string[];
  /** Land (first two digits of the AGS). */
  state: string;
  regulated: "yes" | "title-only" | "no";
  legalBasis: string;
  /** The competent body as the sources name it. */
  body: string;
  /** What the sources say about EU/EEA/CH versus third-country training. */
  procedure: string;
  measures: { eu: MeasureList; thirdCountry: MeasureList };
  /** Whether the applicant may choose between the measures. */
  choice: { eu: boolean | "unknown"; thirdCountry: boolean | "unknown" };
  germanLevel: { level: CefrLevel | "unknown"; text: string };
  sources: string[];
  /** The row has CAVEAT or CONFLICT notes: outdated or contradictory sources, or an inference. */
  uncertain: boolean;
  caveats: string[];
}

export interface BodyQuestion {
  /** A Berufsgattung (81302) or a named occupation's KldB id (81302-129). */
  occupation: string;
  state: string;
  trainedIn: TrainedIn;
}

/** A body that decides for a whole family of occupations (IHK, HWK, green occupations). */
export interface GeneralBody {
  profession: string;
  body: string;
  sourceUrl: string;
}

export interface BodyAnswer {
  found: boolean;
  profession?: string;
  /** The Berufsgattung is only partly the profession: the named occupations the row is about. */
  appliesTo?: string[];
  regulated: CompetentBodyRow["regulated"] | "unknown";
  body: string;
  legalBasis: string;
  procedure?: string;
  measures: MeasureList;
  choice: boolean | "unknown";
  germanLevel: CefrLevel | "unknown";
  germanLevelText?: string;
  uncertain: boolean;
  caveats: string[];
  sourceUrl?: string;
  sources: string[];
  /** Not found: the bodies that decide if the occupation is an IHK, craft or green occupation. */
  generalBodies?: GeneralBody[];
}

/**
 * What the sourced rows say about one applicant; everything they do not say is `unknown` — never
 * a value borrowed from another Land, another origin or a similar profession. Measures and the
 * choice depend on where the applicant trained (EU/EEA/CH or a third country).
 */
export function answerFor(
  rows: readonly CompetentBodyRow[],
  question: BodyQuestion,
  professionOf: (code: string) => RegulatedProfession | undefined,
): BodyAnswer {
  const code = question.occupation.slice(0, 5);
  const inState = rows.filter((row) => row.state === question.state);
  const row = inState.find((r) => r.codes.includes(code));
  if (!row) {
    const general = inState
      .filter((r) => r.codes.length === 0)
      .map((r) => ({ profession: r.profession, body: r.body, sourceUrl: r.sources[0] ?? "" }));
    return {
      found: false,
      regulated: "unknown",
      body: "unknown",
      legalBasis: "unknown",
      measures: "unknown",
      choice: "unknown",
      germanLevel: "unknown",
      uncertain: false,
      caveats: [],
      sources: [],
      ...(general.length ? { generalBodies: general } : {}),
    };
  }
  const side = question.trainedIn === "eu" ? "eu" : "thirdCountry";
  const only = professionOf(code)?.only;
  return {
    found: true,
    profession: row.profession,
    ...(only ? { appliesTo: only } : {}),
    regulated: row.regulated,
    body: row.body,
    legalBasis: row.legalBasis,
    procedure: row.procedure,
    measures: row.measures[side],
    choice: row.choice[side],
    germanLevel: row.germanLevel.level,
    germanLevelText: row.germanLevel.text,
    uncertain: row.uncertain,
    caveats: row.caveats,
    ...(row.sources[0] ? { sourceUrl: row.sources[0] } : {}),
    sources: row.sources,
  };
}
