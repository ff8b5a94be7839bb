import { kldbCode, location, postalCode, text } from "./common.ts";
import * as z from "./z.ts";

/** GET /occupations?q=&limit= */
export const occupationSearchQuery = z.strictObject({
  q: text(1, 100),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(50)), 10),
});
export type OccupationSearchQuery = z.infer<typeof occupationSearchQuery>;

/** A named occupation of the KldB file with its id (the recognition case's `referenceOccupation`). */
export const namedOccupation = z.object({ code: z.string(), title: z.string() });

export const occupationHit = z.object({
  code: kldbCode,
  title: z.string(),
  matched: z.optional(z.string()),
  /** When `matched` is a named occupation (or q was its id, e.g. 81302-129): it with its id. */
  namedOccupation: z.optional(namedOccupation),
  score: z.number(),
});
export const occupationSearchResponse = z.object({ items: z.array(occupationHit) });

const titled = z.object({ code: z.string(), title: z.string() });

/** GET /occupations/{code} */
export const occupation = z.object({
  code: kldbCode,
  title: z.string(),
  shortTitle: z.string(),
  group: titled,
  subgroup: titled,
  namedOccupations: z.array(z.string()),
  /** The same named occupations with their KldB ids (e.g. 81302-129), to pick a reference occupation. */
  named: z.array(namedOccupation),
});

/** Path parameters: errors name `code`. */
export const occupationCodeParams = z.object({ code: kldbCode });
export const postalCodeParams = z.object({ code: postalCode });

/** GET /postal-codes/{code} answers a Location. */
export const postalCodeResponse = location;
