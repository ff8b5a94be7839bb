import { kldbCode, location, postalCode, text } from "./common.ts";
import * as z from "./z.ts";

/** GET /occupations?q=&limit= */
export const occupationSearchQuery = z.strictObject({
  q: text(1, 100),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(50)), 10),
});
export type OccupationSearchQuery = z.infer<typeof occupationSearchQuery>;

export const occupationHit = z.object({
  code: kldbCode,
  title: z.string(),
  matched: z.optional(z.string()),
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
});

/** Path parameters: errors name `code`. */
export const occupationCodeParams = z.object({ code: kldbCode });
export const postalCodeParams = z.object({ code: postalCode });

/** GET /postal-codes/{code} answers a Location. */
export const postalCodeResponse = location;
