import { germanLevel, isoDate, kldbCode, languages, location, locationInput } from "./common.ts";
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
  include: z._default(z.array(z.enum(["offers", "places"])).check(z.minLength(1)), ["offers", "places"]),
  limit: z._default(z.int().check(z.minimum(1), z.maximum(100)), 20),
});
export type MatchRequest = z.infer<typeof matchRequest>;

export const reason = z.object({ code: z.string(), text: z.string() });

export const match = z.object({
  item: z.record(z.string(), z.unknown()),
  score: z.number().check(z.minimum(0), z.maximum(1)),
  distanceKm: z.nullable(z.number()),
  reasons: z.array(reason),
});

export const matchResponse = z.object({
  offers: z.array(match),
  places: z.array(match),
  /** The profile as understood: resolved location and effective radius. */
  candidate: z.object({ occupation: kldbCode, location, radiusKm: z.number() }),
});
