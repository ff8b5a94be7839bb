import { MAX_MESSAGE_LENGTH, NOTE_CODES, repeatedNoteIndex } from "../vocabulary/referral-notes.ts";
import { text } from "./common.ts";
import { DECLINE_REASONS, noteCode, REFERRAL_STATUSES } from "./referral.ts";
import * as z from "./z.ts";

/**
 * What a caller sends about referrals: a proposal, a decline's reason, a list's filters. Apart from
 * referral.ts, which holds the referral as stored and as each side sees it.
 */

/** The notes of one proposal: each code at most once. */
const referralNotes = z.array(noteCode).check(
  z.maxLength(NOTE_CODES.length),
  z.superRefine((notes, ctx) => {
    const repeated = repeatedNoteIndex(notes);
    if (repeated !== undefined)
      ctx.issues.push({
        code: "custom",
        message: "Jeden Hinweis nur einmal angeben",
        path: [repeated],
        input: notes,
      });
  }),
);

/**
 * The coach's own note on a proposal: shown to the referring organisation only, never to the
 * place's or offer's organisation (shared/http/referral-access.ts), nor in notices, mails or logs.
 * It is not searched for personal data any more: no pattern stops a name or a diagnosis (issue 26),
 * and since partners never read it, what they learn is designed to be the notes above instead.
 */
const ownNote = text(1, MAX_MESSAGE_LENGTH);

const itemId = z.string().check(z.minLength(1), z.maxLength(64));

/**
 * POST /referrals: a candidate to a mentoring place (`placeId`) or to a qualification offer
 * (`offerId`), exactly one of the two.
 */
export const referralInput = z
  .strictObject({
    candidateId: z.string().check(z.minLength(1), z.maxLength(64)),
    placeId: z.optional(itemId),
    offerId: z.optional(itemId),
    /** What the place's or offer's organisation reads about the proposal (no free text). */
    notes: z.optional(referralNotes),
    /** The coach's own note: the referring organisation's views only. */
    message: z.optional(ownNote),
  })
  .check(
    z.refine((r) => (r.placeId === undefined) !== (r.offerId === undefined), {
      message: "Genau eines von placeId oder offerId angeben",
      path: ["placeId"],
    }),
  );
export type ReferralInput = z.infer<typeof referralInput>;

/** POST /referrals/{id}/decline: the reason (optional for clients of the first stage). */
export const declineInput = z.strictObject({ reason: z.optional(z.enum(DECLINE_REASONS)) });

export const referralQuery = z.strictObject({
  candidateId: z.optional(z.string().check(z.maxLength(64))),
  placeId: z.optional(z.string().check(z.maxLength(64))),
  offerId: z.optional(z.string().check(z.maxLength(64))),
  status: z.optional(z.enum(REFERRAL_STATUSES)),
  /** A counselling organisation's coach: the referrals to the places it keeps for this employer record. */
  onBehalfOf: z.optional(z.string().check(z.maxLength(64))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string().check(z.maxLength(2000))),
});
