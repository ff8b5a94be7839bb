import { germanLevel, isoDate, kldbCode, languages, location, locationInput } from "./common.ts";
import { REASON_CODES } from "./reason-codes.ts";
import { recognition } from "./recognition.ts";
import * as z from "./z.ts";

export const MAX_RADIUS_KM = 300;
export const DEFAULT_RADIUS_KM = 50;

/** A candidate profile, given inline to POST /matches (nothing is stored). */
export const matchRequest = z.strictObject({
  occupation: kldbCode,
  location: locationInput,
  radiusKm: z._default(z.number().check(z.minimum(1), z.maximum(MAX_RADIUS_KM)), DEFAULT_RADIUS_KM),
  germanLevel: z.optional(germanLevel),
  languages: z._default(languages, []),
  availableFrom: z.optional(isoDate),
  /** The candidate's recognition procedure; its `status` counts in the ranking. */
  recognition: z.optional(recognition),
  include: z._default(z.array(z.enum(["offers", "places"])).check(z.minLength(1)), ["offers", "places"]),
  limit: z._default(z.int().check(z.minimum(1), z.maximum(100)), 20),
});
export type MatchRequest = z.infer<typeof matchRequest>;

export const reason = z.object({ code: z.enum(REASON_CODES), text: z.string() });

export const match = z.object({
  item: z.record(z.string(), z.unknown()),
  score: z.number().check(z.minimum(0), z.maximum(1)),
  distanceKm: z.nullable(z.number()),
  reasons: z.array(reason),
});

/** Another Berufsgattung with published items inside the radius that the coach may have meant. */
export const suggestion = z.object({
  occupation: kldbCode,
  title: z.string(),
  offers: z.int(),
  places: z.int(),
});

export const matchResponse = z.object({
  offers: z.array(match),
  places: z.array(match),
  /** Only when a list is empty: the nearest items outside the radius or for another Land. */
  beyond: z.optional(z.object({ offers: z.array(match), places: z.array(match) })),
  /** Only when a list is empty: other codes with items inside the radius. */
  suggestions: z.optional(z.array(suggestion)),
  /** The profile as understood: resolved location and effective radius. */
  candidate: z.object({ occupation: kldbCode, location, radiusKm: z.number() }),
});
