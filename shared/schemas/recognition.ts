import { isoDate, text } from "./common.ts";
import * as z from "./z.ts";

/** Where a candidate's recognition procedure stands (a saved candidate, or given to POST /matches). */
export const RECOGNITION_STATUSES = ["none", "pending", "partial", "full"] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

export const recognition = z.strictObject({
  status: z.enum(RECOGNITION_STATUSES),
  authority: z.optional(text(1, 200)),
  decisionDate: z.optional(isoDate),
  gaps: z.optional(z.array(text(1, 300)).check(z.maxLength(20))),
});
