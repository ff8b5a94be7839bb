import { text } from "./common.ts";
import * as z from "./z.ts";

/** GET /topics?occupation=81302&q=Pfl&limit=20 — bad parameters are named (query.<name>). */
export const topicsQuery = z.strictObject({
  /** A Berufsgattung (5 digits) or Berufsgruppe (3 digits): the topics of its Berufsgruppe. */
  occupation: z
    .string()
    .check(
      z.regex(/^\d{3}(\d{2})?$/, "KldB-Berufsgruppe (drei Ziffern) oder -Berufsgattung (fünf), z. B. 81302"),
    ),
  /** What has been typed so far: topics starting with it (case and spacing do not count). */
  q: z.optional(text(1, 120)),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
});

export const topicsAnswer = z.object({
  /** The 3-digit KldB Berufsgruppe counted. */
  group: z.string(),
  /**
   * Most used first, then alphabetically; `count`: offers (published, by their modules) and
   * recognition cases (by their differences) that use the topic — a total, never by organisation.
   */
  items: z.array(z.object({ topic: z.string(), count: z.int() })),
});
