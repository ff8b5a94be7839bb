import { germanLevel, isoDate, kldbCode, languages, text } from "./common.ts";
import * as z from "./z.ts";

export const REFERRAL_STATUSES = ["proposed", "accepted", "declined", "withdrawn"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const referralInput = z.strictObject({
  candidateId: z.string().check(z.minLength(1), z.maxLength(64)),
  placeId: z.string().check(z.minLength(1), z.maxLength(64)),
  message: z.optional(text(1, 2000)),
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

export const referral = z.object({
  id: z.string(),
  candidateId: z.optional(z.string()),
  placeId: z.string(),
  placeTitle: z.string(),
  org: z.optional(z.string()),
  placeOrg: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  message: z.optional(z.string()),
  profile: pseudonymousProfile,
  history: z.array(statusChange),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Referral = z.infer<typeof referral>;
