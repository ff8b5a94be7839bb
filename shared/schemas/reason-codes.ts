/**
 * Every reason code a match can carry: the one list, part of the API's vocabulary (match.ts).
 * Matching (domain/matching.ts) may only emit these, and each has a text in every handout
 * language (shared/handout/translations, checked by a test).
 */
export const REASON_CODES = [
  "occupation.exact",
  "occupation.sameSubgroup",
  "occupation.related",
  // Issue 14 (matching a coach can trust): a regulated profession, a course below the candidate's level.
  "occupation.regulated",
  "occupation.belowLevel",
  // Issue 27: only the title is protected (Ingenieur/in, Architekt/in); a Berufsgattung only partly regulated.
  "occupation.titleProtected",
  "occupation.partlyRegulated",
  "format.online",
  "distance",
  "distance.beyondRadius",
  "region.otherState",
  "availability.later",
  "availability.now",
  "availability.rolling",
  "availability.start",
  "german.unknown",
  "german.sufficient",
  "german.belowRequired",
  "language.shared",
  "recognition.full",
  "recognition.first",
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export const isReasonCode = (code: string): code is ReasonCode =>
  (REASON_CODES as readonly string[]).includes(code);
