import * as z from "./z.ts";

/** What a notice is about (PRODUCT.md "Notifications"). */
export const NOTICE_TYPES = [
  "referral.proposed",
  "referral.accepted",
  "referral.declined",
  // To the place's or offer's organisation: a referral it had seen was withdrawn (or its candidate erased).
  "referral.withdrawn",
  "candidate.newMatches",
  // To a measure's adviser: an employer measure is past its due date (issue 29), once per due date.
  "employer.measureDue",
  // To the coach who sent a company's decision link: its mail was refused (issue 29).
  "referral.decisionLinkFailed",
] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];

/** How long a notice stays in the inbox (TTL; reads filter on it as well). */
export const NOTICE_RETENTION_DAYS = 90;

/**
 * One notice in a user's inbox. `text` is German and holds no personal data (a case number at
 * most, never a referral's message); `link` is a path of the web pages (web/src/routes.ts).
 */
export const notification = z.object({
  id: z.string(),
  type: z.enum(NOTICE_TYPES),
  createdAt: z.string(),
  readAt: z.optional(z.string()),
  text: z.string(),
  link: z.string(),
});
export type Notification = z.infer<typeof notification>;

export const notificationQuery = z.strictObject({
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string().check(z.maxLength(2000))),
});

/** GET /notifications: a page of the own notices, newest first, and how many are unread in all. */
export const notificationPage = z.object({
  items: z.array(notification),
  nextCursor: z.optional(z.string()),
  unread: z.int(),
});
