import { germanLevel, isoDate, kldbCode, languages, location, locationInput } from "./common.ts";
import { MAX_RADIUS_KM } from "./match.ts";
import { milestone } from "./milestone.ts";
import { recognition } from "./recognition.ts";
import { referral } from "./referral.ts";
import * as z from "./z.ts";

export { RECOGNITION_STATUSES, type RecognitionStatus } from "./recognition.ts";

/**
 * A candidate is pseudonymous: no name, birth date, address or nationality — only what matching
 * needs. `reference` is the coach's case number; it may not contain spaces, so a name does not fit.
 */
const fields = {
  reference: z
    .string()
    .check(
      z.regex(
        /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/,
        "Aktenzeichen: 1–64 Zeichen ohne Leerzeichen, z. B. OWL-2026-0042",
      ),
    ),
  occupation: kldbCode,
  location: locationInput,
  radiusKm: z.number().check(z.minimum(1), z.maximum(MAX_RADIUS_KM)),
  germanLevel: z.optional(germanLevel),
  languages,
  availableFrom: z.optional(isoDate),
  recognition: z.optional(recognition),
  /** A `candidate.newMatches` notice when a newly published item matches (shared/app/new-match-alerts.ts). */
  alerts: z.optional(z.boolean()),
};

export const candidateInput = z.strictObject({
  ...fields,
  radiusKm: z._default(fields.radiusKm, 50),
  languages: z._default(languages, []),
  alerts: z._default(z.boolean(), false),
});
export type CandidateInput = z.infer<typeof candidateInput>;

export const candidatePatch = z.partial(z.strictObject(fields));

export const candidate = z.object({
  id: z.string(),
  org: z.string(),
  ...fields,
  location,
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Retention: the candidate is erased after this instant unless it changes again. */
  expiresAt: z.string(),
});
export type Candidate = z.infer<typeof candidate>;

/** GET /candidates/{id}/export: everything stored about the candidate (GDPR Art. 15). */
export const candidateExport = z.object({
  exportedAt: z.string(),
  candidate,
  referrals: z.array(referral),
  milestones: z.array(milestone),
});
