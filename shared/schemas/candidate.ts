import { consent, consentEvent } from "./consent.ts";
import { germanLevel, isoDate, kldbCode, languages, location, locationInput } from "./common.ts";
import { MAX_RADIUS_KM } from "./match.ts";
import { milestone } from "./milestone.ts";
import { esfData, participationExit } from "./participation.ts";
import { savedPlan } from "./qualification-plan.ts";
import { recognition } from "./recognition.ts";
import { referral } from "./referral.ts";
import * as z from "./z.ts";

export { RECOGNITION_STATUSES, type RecognitionStatus } from "./recognition.ts";

/**
 * A coach's own file number for the candidate (`ownReference`), shown to the own organisation
 * only: ASCII without spaces, so no bidi or zero-width character can hide in it.
 */
const ownReference = z
  .string()
  .check(
    z.regex(
      /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/,
      "Eigenes Aktenzeichen: 1–64 Zeichen (Buchstaben, Ziffern, . _ / -) ohne Leerzeichen, z. B. AZ-2026/17",
    ),
  );

/**
 * A candidate is pseudonymous: no name, birth date, address or nationality — only what matching
 * needs. The case number (`reference`) is issued by Passung (shared/domain/case-number.ts).
 */
const fields = {
  ownReference: z.optional(ownReference),
  occupation: kldbCode,
  location: locationInput,
  radiusKm: z.number().check(z.minimum(1), z.maximum(MAX_RADIUS_KM)),
  germanLevel: z.optional(germanLevel),
  languages,
  availableFrom: z.optional(isoDate),
  recognition: z.optional(recognition),
  /** A `candidate.newMatches` notice when a newly published item matches (shared/app/new-match-alerts.ts). */
  alerts: z.optional(z.boolean()),
  /** Participation (PRODUCT.md "Participation"): the day the person entered (default: the day saved). */
  entryDate: z.optional(isoDate),
  /** The participation's end, with its reason; on or after `entryDate`. */
  exit: z.optional(participationExit),
  /** ESF Plus participant data: only with an active `esf-data` consent (else 409 naming `esf`). */
  esf: z.optional(esfData),
};

/** The profile a coach gives: everything but the issued case number. */
export const candidateFields = z.strictObject({
  ...fields,
  radiusKm: z._default(fields.radiusKm, 50),
  languages: z._default(languages, []),
  alerts: z._default(z.boolean(), false),
});

/**
 * POST /candidates. `reference` is what clients of the first stages sent as their own file
 * number: it is kept as `ownReference` (never both), and Passung issues the case number.
 */
export const candidateInput = z.strictObject({
  ...candidateFields.def.shape,
  reference: z.optional(ownReference),
});
export type CandidateInput = z.infer<typeof candidateInput>;

/**
 * PATCH /candidates/{id}: `ownReference: null` removes the own file number, `exit: null` reopens
 * the participation, `esf: null` removes the ESF data; `reference` is issued and read-only
 * (sending it back unchanged is accepted, another value is refused).
 */
export const candidatePatch = z.partial(
  z.strictObject({
    ...fields,
    ownReference: z.nullable(ownReference),
    reference: z.string(),
    exit: z.nullable(participationExit),
    esf: z.nullable(esfData),
  }),
);

export const candidate = z.object({
  id: z.string(),
  org: z.string(),
  /** The case number Passung issued, e.g. MOZ-2026-0042. */
  reference: z.string(),
  ...fields,
  location,
  /** Stored candidates of before issue 30 read their creation day. */
  entryDate: isoDate,
  /** What the candidate agreed to: the current state per scope (POST/DELETE …/consents). */
  consents: z.array(consent),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * Retention (shared/domain/retention.ts): the exit (or, without one, the last change or
   * milestone) + the retention period, never before the six-month follow-up is recorded or overdue.
   */
  expiresAt: z.string(),
});
export type Candidate = z.infer<typeof candidate>;

/** GET /candidates/{id}/export: everything stored about the candidate (GDPR Art. 15). */
export const candidateExport = z.object({
  exportedAt: z.string(),
  candidate,
  referrals: z.array(referral),
  milestones: z.array(milestone),
  /** The saved qualification plan, if any. */
  plan: z.optional(savedPlan),
  /** Every consent given and withdrawn, oldest first. */
  consentHistory: z.array(consentEvent),
});
