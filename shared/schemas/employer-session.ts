import { isoDate, text } from "./common.ts";
import { counsellingTopic, sessionFormat } from "./employer.ts";
import * as z from "./z.ts";

/** A working day at most: a session is counted in minutes. */
export const MAX_SESSION_MINUTES = 1440;

/**
 * POST /employers/{id}/sessions: one counselling session with the company. `note` is the
 * counselling organisation's own: it never reaches figures, notices or mails.
 */
export const sessionInput = z.strictObject({
  date: isoDate,
  format: sessionFormat,
  minutes: z
    .int()
    .check(
      z.minimum(1, "Dauer in Minuten: mindestens 1"),
      z.maximum(MAX_SESSION_MINUTES, `Dauer in Minuten: höchstens ${MAX_SESSION_MINUTES}`),
    ),
  topics: z.array(counsellingTopic).check(
    z.minLength(1, "Mindestens ein Thema angeben"),
    z.maxLength(9),
    z.refine((topics) => new Set(topics).size === topics.length, "Themen doppelt angegeben"),
  ),
  note: z.optional(text(1, 2000)),
});
export type SessionInput = z.infer<typeof sessionInput>;

export const employerSession = z.object({
  id: z.string(),
  employerId: z.string(),
  ...sessionInput.def.shape,
  /** The coach who recorded it (the token's subject). */
  recordedBy: z.string(),
  version: z.int(),
  createdAt: z.string(),
});
export type EmployerSession = z.infer<typeof employerSession>;

/** GET /employers/{id}/sessions: all of them, newest first (an employer has dozens at most). */
export const sessionList = z.object({ items: z.array(employerSession) });
