import * as z from "./z.ts";

/** What other organisations see of a place's or an offer's seats (rule: shared/domain/availability.ts). */
export const AVAILABILITIES = ["free", "few", "full"] as const;
export const availability = z.enum(AVAILABILITIES);
export type Availability = (typeof AVAILABILITIES)[number];
