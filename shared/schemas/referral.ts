import { NOTE_CODES, NOTE_LABELS } from "../vocabulary/referral-notes.ts";
import { germanLevel, isoDate, kldbCode, languages } from "./common.ts";
import * as z from "./z.ts";

/** A note a partner may read about a proposal (shared/vocabulary/referral-notes.ts), with its label. */
export const noteCode = z
  .enum(NOTE_CODES)
  .check(
    z.describe(`Hinweis zum Vorschlag: ${NOTE_CODES.map((c) => `${c} = „${NOTE_LABELS[c]}“`).join("; ")}`),
  );

export const REFERRAL_STATUSES = ["proposed", "accepted", "declined", "withdrawn"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Why the place's or offer's organisation declines (POST /referrals/{id}/decline). */
export const DECLINE_REASONS = ["no-capacity", "requirements-not-met", "not-reachable", "other"] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** What an employer learns about a proposed candidate: no reference, no id, no coach. */
export const pseudonymousProfile = z.object({
  occupation: kldbCode,
  germanLevel: z.optional(germanLevel),
  languages,
  availableFrom: z.optional(isoDate),
  district: z.object({ code: z.string(), name: z.string() }),
});

export const statusChange = z.object({
  status: z.enum(REFERRAL_STATUSES),
  at: z.string(),
  by: z.string(),
  role: z.string(),
});

/** A work contact: a place's or offer's contact, or a coach's /me contact (any part may be missing). */
export const handoffContact = z.object({
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
});

/**
 * After acceptance only: the coach learns whom to call at the place or offer, and whether the
 * candidate allowed their own contact to be passed on (consent `share-contact-after-acceptance`;
 * Passung stores no candidate contact: the coach passes it on, only when this is true).
 */
export const coachHandoff = z.object({ contact: handoffContact, contactSharingAllowed: z.boolean() });

/**
 * After acceptance only: the employer or provider learns who referred and how to reach the coach.
 * `orgName` is absent when the referring organisation has no display name (never its slug).
 */
export const partnerHandoff = z.object({ orgName: z.optional(z.string()), coach: handoffContact });

const common = {
  id: z.string(),
  /** A referral to a mentoring place (placeId, placeTitle, placeOrg) … */
  placeId: z.optional(z.string()),
  placeTitle: z.optional(z.string()),
  placeOrg: z.optional(z.string()),
  /** … or to a qualification offer (offerId, offerTitle, offerOrg): exactly one of the two. */
  offerId: z.optional(z.string()),
  offerTitle: z.optional(z.string()),
  offerOrg: z.optional(z.string()),
  /** Display name of the place's or offer's organisation (answers only; absent if unknown). */
  itemOrgName: z.optional(z.string()),
  /**
   * A place its (counselling) organisation keeps on behalf of an employer: that organisation's
   * employer record and the employer's name. The counselling organisation answers the referral,
   * or the employer's contact does through a signed link (POST /referrals/{id}/decision-link).
   */
  onBehalfOf: z.optional(z.string()),
  company: z.optional(z.string()),
  status: z.enum(REFERRAL_STATUSES),
  /** The proposal's notes (both sides see them; absent when the coach chose none). */
  notes: z.optional(z.array(noteCode)),
  declineReason: z.optional(z.enum(DECLINE_REASONS)),
  profile: pseudonymousProfile,
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

/**
 * As stored, and as the proposing coach's organisation (and admins) see it. `orgName` is the
 * referring organisation's display name; `handoff` the place's or offer's contact once accepted;
 * `message` the coach's own note.
 */
export const referral = z.object({
  ...common,
  message: z.optional(z.string()),
  candidateId: z.string(),
  org: z.string(),
  orgName: z.optional(z.string()),
  history: z.array(statusChange).check(z.minLength(1)),
  handoff: z.optional(coachHandoff),
});
export type Referral = z.infer<typeof referral>;

/**
 * The employer's or provider's view (shared/http/referral-access.ts): no candidate id, coach
 * organisation, user ids or the coach's own note (`message`): what it reads is the `notes`.
 * Once accepted: `orgName` and `handoff` (who referred, the coach's contact).
 */
export const referralForEmployer = z.object({
  ...common,
  orgName: z.optional(z.string()),
  history: z
    .array(z.object({ status: statusChange.shape.status, at: z.string(), role: z.string() }))
    .check(z.minLength(1)),
  handoff: z.optional(partnerHandoff),
});

/** An answer that either side may receive is exactly one of the two views. */
export const referralView = z.xor([referral, referralForEmployer]);
