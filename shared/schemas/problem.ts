import * as z from "./z.ts";

/** One bad field of a request: `path` as "location.postalCode", "query.limit" or "headers.if-match". */
export const fieldError = z.object({ path: z.string(), message: z.string() });

const problemFields = {
  /** A URI naming the kind of problem (https://passung.example.org/problems/…). */
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.minimum(400), z.maximum(599)),
  detail: z.optional(z.string()),
};

/** RFC 9457 problem details, as shared/http/problem-middleware.ts writes them; extension members are allowed. */
export const problem = z.looseObject({ ...problemFields, errors: z.optional(z.array(fieldError)) });

/** One bad cell of an uploaded CSV file: `row` as Excel numbers it (header = 1), `column` its header. */
export const rowError = z.object({ row: z.int(), column: z.string(), message: z.string() });

/**
 * A CSV import's problem: the rows and columns at fault (nothing was written). At most 100 errors
 * are listed, cells quoted in a message are cut to 80 characters ("…"); `moreErrors` counts the
 * errors not listed.
 */
export const importProblem = z.looseObject({
  ...problemFields,
  errors: z.optional(z.array(rowError).check(z.maxLength(100))),
  moreErrors: z.optional(z.int().check(z.minimum(1))),
});
