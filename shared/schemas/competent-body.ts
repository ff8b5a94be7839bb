import { MEASURES } from "../vocabulary/measures.ts";
import { GERMAN_LEVELS } from "./common.ts";
import { STATE_CODES } from "./states.ts";
import * as z from "./z.ts";

/** Where the applicant trained: the EU/EEA/Switzerland or a third country (the recognition case's `trainedIn`). */
export const TRAINED_IN = ["eu", "third-country"] as const;

/** GET /recognition/bodies?occupation=&state=&trainedIn= — every bad parameter is named (query.<name>). */
export const competentBodyQuery = z.strictObject({
  occupation: z
    .string()
    .check(
      z.regex(
        /^\d{5}(-\d{3})?$/,
        "KldB-Berufsgattung (fünf Ziffern, z. B. 81302) oder Kennung eines Berufs (z. B. 81302-129)",
      ),
    ),
  state: z.enum(
    STATE_CODES,
    "Bundesland als AGS-Schlüssel, z. B. 05 (Nordrhein-Westfalen) oder 14 (Sachsen)",
  ),
  trainedIn: z.enum(TRAINED_IN, "„eu“ (EU, EWR, Schweiz) oder „third-country“ (Drittstaat)"),
});

const unknown = z.literal("unknown");

/** The answer: what the sourced data says, `unknown` (with the Anerkennungs-Finder) where it does not. */
export const competentBodyAnswer = z.object({
  occupation: z.string(),
  state: z.object({ code: z.string(), name: z.string() }),
  trainedIn: z.enum(TRAINED_IN),
  /** False: the data has no row for this occupation in this Land; every field below is `unknown`. */
  found: z.boolean(),
  profession: z.optional(z.string()),
  /** The Berufsgattung is only partly the profession (81342: Notfallsanitäter/in): the occupations meant. */
  appliesTo: z.optional(z.array(z.string())),
  /** `title-only`: working is allowed without recognition; only the professional title needs it. */
  regulated: z.union([z.enum(["yes", "title-only", "no"]), unknown]),
  body: z.string(),
  legalBasis: z.string(),
  /** The sources' statement on EU/EEA/CH versus third-country training (as written there). */
  procedure: z.optional(z.string()),
  /** Compensation measures open to this applicant; `[]`: none (not regulated). */
  measures: z.union([z.array(z.enum(MEASURES)), unknown]),
  /** Whether the applicant may choose between the measures. */
  choice: z.union([z.boolean(), unknown]),
  germanLevel: z.union([z.enum(GERMAN_LEVELS), unknown]),
  germanLevelText: z.optional(z.string()),
  /** The sources are outdated, contradict each other or the value is inferred: see `caveats`. */
  uncertain: z.boolean(),
  caveats: z.array(z.string()),
  sourceUrl: z.optional(z.string()),
  sources: z.array(z.string()),
  /** Not found: the bodies that decide if the occupation is an IHK, craft or green occupation. */
  generalBodies: z.optional(
    z.array(z.object({ profession: z.string(), body: z.string(), sourceUrl: z.string() })),
  ),
  /** The federal Anerkennungs-Finder: where to check what the data does not say. */
  finder: z.string(),
});
export type CompetentBodyAnswer = z.infer<typeof competentBodyAnswer>;
