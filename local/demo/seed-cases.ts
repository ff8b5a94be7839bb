import { candidateRoutes } from "../../functions/candidates/routes.ts";
import { referralRoutes } from "../../functions/referrals/routes.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import type { Deps } from "../../shared/runtime.ts";
import type { NoteCode } from "../../shared/vocabulary/referral-notes.ts";
import type { DeclineReason } from "../../shared/schemas/referral.ts";
import { CASE_LANGUAGES, call, daysAgo, recordConsent } from "./seed-call.ts";
import { entryDaysAgo, MOVED_CASE, seedEsf, seedExit } from "./seed-participation.ts";

/**
 * The story after the match, for the demo: coaches of MOZAIK with candidates, referrals to
 * qualification offers and mentoring places — proposed, accepted (the hand-off shows on both
 * sides), declined with a reason — and milestones, so the statistics page shows outcomes on first
 * start. Dates count back from today (a milestone may not lie in the future). Through the API's
 * handlers, with idempotency keys, so an interrupted seed can run again.
 */
const OCCUPATIONS = ["81302", "26212", "81302", "27212", "81313", "26212"];
const POSTAL_CODES = ["33602", "33330", "32756", "33098", "32423", "33602"];
const CASES = 12;
/** The case saved with `alerts: true`: its coach hears of new items that fit (Minden, 81313). */
const ALERTS_CASE = 4;

/**
 * Referrals of the story by case number: the demo key of the place or offer, the notes its
 * organisation reads, and what came of it.
 */
interface StoryReferral {
  target: { kind: "place" | "offer"; key: string; org: string; role: "employer" | "provider" };
  notes: NoteCode[];
  outcome: "proposed" | "accepted" | DeclineReason;
}
const place = (key: string, org: string) => ({ kind: "place" as const, key, org, role: "employer" as const });
const offer = (key: string, org: string) => ({ kind: "offer" as const, key, org, role: "provider" as const });
export const STORY: Record<number, StoryReferral> = {
  7: {
    target: place("p-gt-elektro-tandem", "elektro-brinkmann-verl"),
    notes: ["can-start-now", "has-driving-licence", "has-work-experience"],
    outcome: "proposed",
  },
  8: {
    target: place("p-bi-pflege-kardiologie", "klinikum-am-sparrenberg"),
    notes: ["recognition-decision-available", "compensation-measure-required", "shift-work-possible"],
    outcome: "accepted",
  },
  // An engineers' course for a technical product designer.
  9: {
    target: offer("o-pb-maschinenbau-ingenieure", "technikum-paderborner-land"),
    notes: ["start-later", "prefers-online"],
    outcome: "requirements-not-met",
  },
  10: {
    target: offer("o-bi-anpassungslehrgang-pflege", "gesundheitsakademie-teuto"),
    notes: ["compensation-measure-required", "needs-language-support", "funding-to-clarify"],
    outcome: "accepted",
  },
  11: {
    target: offer("o-gt-elektroniker-egt", "bz-handwerk-ems-dalke"),
    notes: ["recognition-procedure-running", "part-time-only"],
    outcome: "proposed",
  },
};

/** Proposes case `i` as the story says and lets the place's or offer's organisation answer. */
async function refer(
  referrals: RouteHandler,
  i: number,
  candidateId: string,
  ids: ReadonlyMap<string, string>,
) {
  const story = STORY[i];
  const itemId = story && ids.get(story.target.key);
  if (!story || !itemId) return undefined;
  const { id } = await call(referrals, {
    route: "/referrals",
    path: "/referrals",
    key: `case-${i}-referral`,
    body: {
      candidateId,
      [story.target.kind === "place" ? "placeId" : "offerId"]: itemId,
      notes: story.notes,
      // The coach's own note: MOZAIK reads it, the place's or offer's organisation never does.
      message: "Erstgespräch geführt; Sprachkurs läuft, Rückmeldung bis 12.03. vereinbart.",
    },
  });
  if (story.outcome === "proposed") return id;
  const action = story.outcome === "accepted" ? "accept" : "decline";
  await call(referrals, {
    route: `/referrals/{id}/${action}`,
    path: `/referrals/${id}/${action}`,
    key: `case-${i}-${action}`,
    params: { id },
    as: story.target,
    ...(action === "decline" ? { body: { reason: story.outcome } } : {}),
  });
  return id;
}

/** `ids`: the created places' and offers' ids by their demo key. */
export async function seedDemoCases(deps: Deps, ids: ReadonlyMap<string, string>): Promise<number> {
  const candidates = dispatch(candidateRoutes(deps));
  const referrals = dispatch(referralRoutes(deps));
  const now = deps.clock();
  for (let i = 0; i < CASES; i++) {
    const { id } = await call(candidates, {
      route: "/candidates",
      path: "/candidates",
      key: `case-${i}`,
      body: {
        // Passung issues the case numbers (MOZ-<year>-0001 …); some coaches add their own file number.
        ...(i % 3 === 0 ? { ownReference: `BI-Beratung/${String(31 + i * 4).padStart(3, "0")}` } : {}),
        occupation: OCCUPATIONS[i % OCCUPATIONS.length],
        location: { postalCode: POSTAL_CODES[i % POSTAL_CODES.length] },
        radiusKm: 50,
        germanLevel: i % 2 ? "B2" : "B1",
        languages: [CASE_LANGUAGES[i % CASE_LANGUAGES.length]],
        ...(i === ALERTS_CASE ? { alerts: true } : {}),
        entryDate: daysAgo(now, entryDaysAgo(i)),
      },
    });
    // Read the notice in their language on the day of entry and agreed before anything was shared
    // (issue 30); four also to their ESF Plus data (seed-participation.ts).
    await recordConsent(candidates, `case-${i}`, id, {
      date: daysAgo(now, entryDaysAgo(i)),
      language: CASE_LANGUAGES[i % CASE_LANGUAGES.length] ?? "de",
    });
    await seedEsf(candidates, i, id, now);
    const referralId = await refer(referrals, i, id, ids);
    const path = `/candidates/${id}/milestones`;
    const milestone = (n: number, body: Record<string, unknown>) =>
      call(candidates, {
        route: "/candidates/{id}/milestones",
        path,
        key: `case-${i}-m${n}`,
        body,
        params: { id },
      });
    // Everyone began a qualification; most finished it, some got full recognition and a job. One
    // moved away a month after the start (seed-participation.ts).
    await milestone(1, { type: "qualification.started", date: daysAgo(now, entryDaysAgo(i) - 30) });
    if (i !== MOVED_CASE) await outcomes(i, milestone, now);
    // The accepted mentoring place began today.
    if (referralId && STORY[i]?.target.kind === "place" && STORY[i]?.outcome === "accepted")
      await milestone(5, { type: "mentoring.started", date: daysAgo(now, 0), referralId });
    await seedExit(candidates, i, id, now);
  }
  return CASES;
}

/** What came of case `i`'s qualification. */
async function outcomes(
  i: number,
  milestone: (n: number, body: Record<string, unknown>) => unknown,
  now: Date,
) {
  if (i < 10) await milestone(2, { type: "qualification.completed", date: daysAgo(now, 60 + i * 3) });
  if (i < 7) await milestone(3, { type: "recognition.full", date: daysAgo(now, 40 + i * 2) });
  if (i < 6) {
    const job = i < 5 ? OCCUPATIONS[i % OCCUPATIONS.length] : "81301";
    await milestone(4, { type: "employment.started", date: daysAgo(now, 20 + i), occupation: job });
  }
}
