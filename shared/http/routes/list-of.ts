import * as z from "../../schemas/z.ts";

/** A page of a list: the items and, when there are more, the cursor of the next page. */
export const listOf = (item: z.ZodMiniType) =>
  z.object({ items: z.array(item), nextCursor: z.optional(z.string()) });
