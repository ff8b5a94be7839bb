import { isoDate, text } from "./common.ts";
import { counsellingTopic, measureStatus } from "./employer.ts";
import * as z from "./z.ts";

/** POST /employers/{id}/measures: what the company agreed to do, and by when. */
export const measureInput = z.strictObject({
  title: text(2, 200),
  topic: counsellingTopic,
  due: isoDate,
});
export type MeasureInput = z.infer<typeof measureInput>;

/** PATCH /employers/{id}/measures/{measureId}: the new status; title and due date may change with it. */
export const measurePatch = z.strictObject({
  status: measureStatus,
  title: z.optional(measureInput.def.shape.title),
  due: z.optional(isoDate),
});
export type MeasurePatch = z.infer<typeof measurePatch>;

export const employerMeasure = z.object({
  id: z.string(),
  employerId: z.string(),
  ...measureInput.def.shape,
  status: measureStatus,
  /** The coach who agreed it: told by an `employer.measureDue` notice when it is overdue. */
  adviser: z.string(),
  /** Past its due date (Europe/Berlin) and neither done nor dropped. */
  overdue: z.boolean(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EmployerMeasure = z.infer<typeof employerMeasure>;

/** GET /employers/{id}/measures: by due date, earliest first. */
export const measureList = z.object({ items: z.array(employerMeasure) });
