import { isoDate, postalCode } from "./common.ts";
import * as z from "./z.ts";

/** WZ 2008 sections (Abschnitte) A–U. */
export const WZ_SECTIONS = [
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "I",
  "J",
  "K",
  "L",
  "M",
  "N",
  "O",
  "P",
  "Q",
  "R",
  "S",
  "T",
  "U",
] as const;
/** EU SME bands by staff: micro < 10, small < 50, medium < 250, large ≥ 250. */
export const EMPLOYER_SIZES = ["micro", "small", "medium", "large"] as const;
export const SESSION_FORMATS = ["on-site", "online", "phone"] as const;
export const COUNSELLING_TOPICS = [
  "recognition",
  "skilled-immigration",
  "onboarding",
  "intercultural-competence",
  "anti-discrimination",
  "language-at-work",
  "mentoring",
  "funding",
  "retention",
] as const;
export const MEASURE_STATUSES = ["agreed", "in-progress", "done", "dropped"] as const;
export type CounsellingTopic = (typeof COUNSELLING_TOPICS)[number];

export const sector = z.enum(WZ_SECTIONS, "WZ-2008-Abschnitt: ein Buchstabe A–U");
export const employerSize = z.enum(EMPLOYER_SIZES, `Größenklasse: ${EMPLOYER_SIZES.join(", ")}`);
export const counsellingTopic = z.enum(
  COUNSELLING_TOPICS,
  `Unbekanntes Thema; möglich: ${COUNSELLING_TOPICS.join(", ")}`,
);
