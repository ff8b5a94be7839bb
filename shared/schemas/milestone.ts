import { isoDate, kldbCode } from "./common.ts";
import { FOLLOWUP_STATUSES } from "./participation.ts";
import * as z from "./z.ts";

/** What can happen to a candidate after the match (PRODUCT.md "From match to outcome"). */
export const MILESTONE_TYPES = [
  "qualification.started",
  "qualification.completed",
  "qualification.dropped",
  "mentoring.started",
  "mentoring.completed",
  "recognition.partial",
  "recognition.full",
  "employment.started",
  "followup.sixMonths",
] as const;
export type MilestoneType = (typeof MILESTONE_TYPES)[number];

const followupStatus = z.enum(
  FOLLOWUP_STATUSES,
  `Unbekanntes Ergebnis; möglich: ${FOLLOWUP_STATUSES.join(", ")}`,
);

export const milestoneInput = z
  .strictObject({
    type: z.enum(MILESTONE_TYPES),
    date: isoDate,
    referralId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    /** The job's KldB code: required for employment.started, where `adequate` is derived from it. */
    occupation: z.optional(kldbCode),
    /** The six-month follow-up's outcome: required for `followup.sixMonths`, refused on every other type. */
    status: z.optional(followupStatus),
  })
  .check(
    z.refine((m) => m.type !== "followup.sixMonths" || m.status !== undefined, {
      path: ["status"],
      message: `Für „followup.sixMonths“ das Ergebnis angeben: ${FOLLOWUP_STATUSES.join(", ")}`,
    }),
    z.refine((m) => m.type === "followup.sixMonths" || m.status === undefined, {
      path: ["status"],
      message: "Ein Ergebnis gehört nur zu „followup.sixMonths“",
    }),
    z.refine((m) => m.type !== "employment.started" || m.occupation !== undefined, {
      path: ["occupation"],
      message: "Für „employment.started“ die KldB-Berufsgattung der Stelle angeben, z. B. 81302",
    }),
    z.refine((m) => m.type === "employment.started" || m.occupation === undefined, {
      path: ["occupation"],
      message: "Eine Berufsgattung gehört nur zu „employment.started“",
    }),
  );
export type MilestoneInput = z.infer<typeof milestoneInput>;

export const milestone = z.object({
  id: z.string(),
  candidateId: z.string(),
  type: z.enum(MILESTONE_TYPES),
  date: isoDate,
  referralId: z.optional(z.string()),
  occupation: z.optional(kldbCode),
  /** employment.started: the job's Anforderungsniveau ≥ the candidate's reference occupation's. */
  adequate: z.optional(z.boolean()),
  /** followup.sixMonths: its outcome (those recorded before it was asked read "unknown"). */
  status: z.optional(followupStatus),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Milestone = z.infer<typeof milestone>;

/** The answer to POST: the milestone, and what looks out of order (recorded anyway). */
export const milestoneCreated = z.object({ ...milestone.shape, warnings: z.array(z.string()) });

export const milestoneList = z.object({ items: z.array(milestone) });
