import { germanLevel, isoDate, kldbCode, languages, text } from "./common.ts";
import * as z from "./z.ts";
import { messageProblem, MAX_MESSAGE_LENGTH } from "./personal-data.ts";

/** A short note to the place's organisation, without personal data (personal-data.ts). */
const referralMessage = text(1, MAX_MESSAGE_LENGTH).check(
  z.superRefine((value, ctx) => {
    // Too long is said once, by maxLength.
    const problem = value.length > MAX_MESSAGE_LENGTH ? undefined : messageProblem(value);
    if (problem) ctx.issues.push({ code: "custom", message: problem, input: value });
  }),
);

export const REFERRAL_STATUSES = ["proposed", "accepted", "declined", "withdrawn"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const referralInput = z.strictObject({
  candidateId: z.string().check(z.minLength(1), z.maxLength(64)),
  placeId: z.string().check(z.minLength(1), z.maxLength(64)),
  message: z.optional(referralMessage),
});

export const referralQuery = z.strictObject({
  candidateId: z.optional(z.string().check(z.maxLength(64))),
  placeId: z.optional(z.string().check(z.maxLength(64))),
  status: z.optional(z.enum(REFERRAL_STATUSES)),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string().check(z.maxLength(2000))),
});

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

const common = {
  id: z.string(),
  placeId: z.string(),
  placeTitle: z.string(),
  placeOrg: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  message: z.optional(z.string()),
  profile: pseudonymousProfile,
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

/** As stored, and as the proposing coach's organisation (and admins) see it. */
export const referral = z.object({
  ...common,
  candidateId: z.string(),
  org: z.string(),
  history: z.array(statusChange).check(z.minLength(1)),
});
export type Referral = z.infer<typeof referral>;

/** The employer's view (shared/http/referral-access.ts): no candidate id, coach organisation or user ids. */
export const referralForEmployer = z.object({
  ...common,
  history: z
    .array(z.object({ status: statusChange.shape.status, at: z.string(), role: z.string() }))
    .check(z.minLength(1)),
});

/** An answer that either side may receive is exactly one of the two views. */
export const referralView = z.xor([referral, referralForEmployer]);
