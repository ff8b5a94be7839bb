import { isoDate } from "./common.ts";
import * as z from "./z.ts";

/** Why a participation ended (PRODUCT.md "Participation"). */
export const EXIT_REASONS = ["plan-completed", "employment", "moved", "dropped-out", "other"] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

/** The six-month follow-up's outcome, carried by the `followup.sixMonths` milestone as `status`. */
export const FOLLOWUP_STATUSES = [
  "employed-adequate",
  "employed",
  "in-qualification",
  "not-employed",
  "unknown",
] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];

export const participationExit = z.strictObject({
  date: isoDate,
  reason: z.enum(EXIT_REASONS, `Unbekannter Grund; möglich: ${EXIT_REASONS.join(", ")}`),
});
export type ParticipationExit = z.infer<typeof participationExit>;

export const AGE_BANDS = ["<25", "25-54", "55+"] as const;
export const GENDERS = ["female", "male", "diverse", "unspecified"] as const;
export const EMPLOYMENT_AT_ENTRY = ["employed", "unemployed", "inactive"] as const;
export const ISCED_LEVELS = ["0-2", "3-4", "5-8"] as const;

/** ESF Plus participant data: only with the candidate's `esf-data` consent (else 409 naming `esf`). */
export const esfData = z.strictObject({
  ageBand: z.enum(AGE_BANDS, `Unbekannte Altersgruppe; möglich: ${AGE_BANDS.join(", ")}`),
  gender: z.enum(GENDERS, `Unbekannte Angabe; möglich: ${GENDERS.join(", ")}`),
  employmentAtEntry: z.enum(
    EMPLOYMENT_AT_ENTRY,
    `Unbekannter Erwerbsstatus; möglich: ${EMPLOYMENT_AT_ENTRY.join(", ")}`,
  ),
  isced: z.enum(ISCED_LEVELS, `Unbekannte ISCED-Stufe; möglich: ${ISCED_LEVELS.join(", ")}`),
  thirdCountryNational: z.boolean(),
});
export type EsfData = z.infer<typeof esfData>;
