import type { RouteHandler } from "../../shared/http/api-handler.ts";
import type { EsfData, ExitReason, FollowupStatus } from "../../shared/schemas/participation.ts";
import { CURRENT_NOTICE_VERSION } from "../../shared/domain/consent.ts";
import { CASE_LANGUAGES, call, daysAgo } from "./seed-call.ts";

/**
 * Participation of the twelve MOZAIK cases (issue 30), so the candidate pages and the statistics
 * page's "Teilnehmende" show it on first start: everyone entered a month before their
 * qualification began and agreed to `store` and `share-profile` then (seed-cases.ts); four also to
 * `esf-data`, and gave their ESF Plus data. Two left — one for a job, one moved away half a year
 * ago, whose six-month follow-up is recorded.
 */

/** The case numbers (0-based) with the `esf-data` consent and their ESF Plus data. */
export const ESF: Record<number, EsfData> = {
  0: {
    ageBand: "25-54",
    gender: "female",
    employmentAtEntry: "unemployed",
    isced: "5-8",
    thirdCountryNational: true,
  },
  3: {
    ageBand: "<25",
    gender: "male",
    employmentAtEntry: "inactive",
    isced: "3-4",
    thirdCountryNational: true,
  },
  6: {
    ageBand: "25-54",
    gender: "male",
    employmentAtEntry: "employed",
    isced: "5-8",
    thirdCountryNational: false,
  },
  9: {
    ageBand: "55+",
    gender: "diverse",
    employmentAtEntry: "unemployed",
    isced: "5-8",
    thirdCountryNational: true,
  },
};
/** Who left, when (days ago) and why; the follow-up six months (and a bit) after the exit. */
export const EXITS: Record<number, { daysAgo: number; reason: ExitReason; followup?: FollowupStatus }> = {
  0: { daysAgo: 14, reason: "employment" },
  6: { daysAgo: 205, reason: "moved", followup: "employed" },
};
/** The case that moved away: only its start is recorded before it left. */
export const MOVED_CASE = 6;

/** The day a case entered: a month before its qualification began (see seed-cases.ts). */
export const entryDaysAgo = (i: number) => 230 + i * 7;

/** A change of case `i` as of the version read just before (an interrupted seed reads it again). */
async function patch(candidates: RouteHandler, i: number, id: string, what: string, body: unknown) {
  const path = `/candidates/${id}`;
  const read = { route: "/candidates/{id}", path, params: { id } };
  const { version } = (await call(candidates, {
    ...read,
    method: "GET",
    key: `case-${i}-read`,
  })) as unknown as {
    version: number;
  };
  await call(candidates, {
    ...read,
    method: "PATCH",
    key: `case-${i}-${what}`,
    headers: { "if-match": `"${version}"` },
    body,
  });
}

/**
 * The ESF Plus data of case `i`, if it agreed to their recording: that consent (on the day of
 * entry, besides `store` and `share-profile`, seed-cases.ts), then the data.
 */
export async function seedEsf(candidates: RouteHandler, i: number, id: string, now: Date) {
  const esf = ESF[i];
  if (!esf) return;
  await call(candidates, {
    route: "/candidates/{id}/consents",
    path: `/candidates/${id}/consents`,
    key: `case-${i}-esf-consent`,
    params: { id },
    body: {
      version: CURRENT_NOTICE_VERSION,
      date: daysAgo(now, entryDaysAgo(i)),
      scopes: ["esf-data"],
      language: CASE_LANGUAGES[i % CASE_LANGUAGES.length],
    },
  });
  await patch(candidates, i, id, "esf", { esf });
}

/** The exit of case `i` (if it left) and, half a year on, its follow-up. */
export async function seedExit(candidates: RouteHandler, i: number, id: string, now: Date) {
  const exit = EXITS[i];
  if (!exit) return;
  await patch(candidates, i, id, "exit", { exit: { date: daysAgo(now, exit.daysAgo), reason: exit.reason } });
  if (!exit.followup) return;
  await call(candidates, {
    route: "/candidates/{id}/milestones",
    path: `/candidates/${id}/milestones`,
    key: `case-${i}-followup`,
    params: { id },
    body: { type: "followup.sixMonths", date: daysAgo(now, exit.daysAgo - 185), status: exit.followup },
  });
}
