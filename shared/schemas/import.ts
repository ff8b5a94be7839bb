import * as z from "./z.ts";

/** Query of POST …/import: `dryRun=true` only validates; an admin names the organisation. */
export const importQuery = z.strictObject({
  dryRun: z.optional(z.enum(["true", "false"])),
  org: z.optional(z.string().check(z.maxLength(100))),
});

/**
 * Query of GET …/export: an admin names the organisation; others get their own. `cursor` asks
 * for the next page (the X-Next-Cursor of the previous answer).
 */
export const exportQuery = z.strictObject({
  org: z.optional(z.string().check(z.maxLength(100))),
  cursor: z.optional(z.string().check(z.maxLength(2000))),
});

/** Answer of POST …/import: what the rows did (or, with dryRun, would do). */
export const importResult = z.object({
  rows: z.int(),
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  dryRun: z.boolean(),
});
