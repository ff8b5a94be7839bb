import { PLACE_KINDS } from "./mentoring-place.ts";
import {
  DECLINE_REASONS,
  noteCode,
  partnerHandoff,
  pseudonymousProfile,
  REFERRAL_STATUSES,
} from "./referral.ts";
import * as z from "./z.ts";

/**
 * A signed decision link's token (shared/domain/decision-token.ts) as the path carries it:
 * `<referralId>.<expiresAt>.<nonce>.<signature>`.
 */
export const decisionToken = z.string().check(z.minLength(1), z.maxLength(300));

/** POST /decisions/{token}: the company's answer; a reason only with a decline. */
export const decisionInput = z
  .strictObject({
    decision: z.enum(["accept", "decline"], "Entscheidung: accept oder decline"),
    reason: z.optional(z.enum(DECLINE_REASONS)),
  })
  .check(
    z.refine((d) => d.reason === undefined || d.decision === "decline", {
      message: "Einen Grund nur beim Ablehnen angeben",
      path: ["reason"],
    }),
  );
export type DecisionInput = z.infer<typeof decisionInput>;

/** POST /referrals/{id}/decision-link: the link is on its way to the employer's contact. */
export const decisionLinkSent = z.object({ referralId: z.string(), expiresAt: z.string() });

/**
 * GET /decisions/{token}: what the company's contact reads before deciding — the place and what a
 * partner sees of a proposal (the pseudonymous profile, the note codes with German labels). Never
 * the coach's own note, the case number or the coach's own file number.
 */
export const decisionView = z.object({
  status: z.enum(REFERRAL_STATUSES),
  /** Until when the link may be used (ISO 8601). */
  expiresAt: z.string(),
  /** The counselling organisation that sends the proposal on the company's behalf. */
  orgName: z.optional(z.string()),
  place: z.object({
    title: z.string(),
    company: z.optional(z.string()),
    kinds: z.array(z.enum(PLACE_KINDS)),
    availableFrom: z.optional(z.string()),
    availableUntil: z.optional(z.string()),
    hoursPerWeek: z.optional(z.number()),
    town: z.optional(z.string()),
  }),
  profile: z.extend(pseudonymousProfile, { occupationTitle: z.optional(z.string()) }),
  notes: z.array(z.object({ code: noteCode, label: z.string() })),
});
export type DecisionView = z.infer<typeof decisionView>;

/** POST /decisions/{token}: the decision, and after an acceptance the hand-off (who referred, the coach's work contact). */
export const decisionAnswer = z.object({
  status: z.enum(["accepted", "declined"]),
  declineReason: z.optional(z.enum(DECLINE_REASONS)),
  handoff: z.optional(partnerHandoff),
});
