import type { Context } from "aws-lambda";
import { candidateRoutes } from "../../functions/candidates/routes.ts";
import { referralRoutes } from "../../functions/referrals/routes.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import type { Deps } from "../../shared/runtime.ts";
import { buildApiEvent } from "../api-event.ts";

/**
 * The story after the match, for the demo: coaches of MOZAIK with candidates, referrals to
 * mentoring places and milestones, so the statistics page shows outcomes on first start. Dates
 * count back from today (a milestone may not lie in the future). Through the API's handlers,
 * with idempotency keys, so an interrupted seed can run again.
 */
const ORG = "mozaik";
const OCCUPATIONS = ["81302", "26212", "81302", "27212", "81313", "26212"];
const POSTAL_CODES = ["33602", "33330", "32756", "33098", "32423", "33602"];
const CASES = 12;

const daysAgo = (now: Date, days: number) =>
  new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

async function call(
  handler: RouteHandler,
  route: string,
  path: string,
  key: string,
  body: unknown,
  params = {},
) {
  const event = buildApiEvent({
    method: "POST",
    routePath: route,
    rawPath: path,
    pathParameters: params,
    headers: { "content-type": "application/json", "idempotency-key": `demo-${key}` },
    body: JSON.stringify(body),
    claims: { sub: "demo-coach-mozaik", "cognito:groups": ["coach"], "custom:org": ORG, token_use: "id" },
  });
  const result = await handler(event, { awsRequestId: "seed" } as Context);
  if (result.statusCode !== 201) throw new Error(`Demo case ${key} rejected: ${result.body}`);
  return JSON.parse(result.body ?? "{}") as { id: string };
}

export async function seedDemoCases(deps: Deps, placeIds: readonly string[]): Promise<number> {
  const candidates = dispatch(candidateRoutes(deps));
  const referrals = dispatch(referralRoutes(deps));
  const now = deps.clock();
  for (let i = 0; i < CASES; i++) {
    const { id } = await call(candidates, "/candidates", "/candidates", `case-${i}`, {
      reference: `MOZ-2026-${String(i + 1).padStart(4, "0")}`,
      occupation: OCCUPATIONS[i % OCCUPATIONS.length],
      location: { postalCode: POSTAL_CODES[i % POSTAL_CODES.length] },
      radiusKm: 50,
      germanLevel: i % 2 ? "B2" : "B1",
      languages: [["ar", "uk", "tr", "fa"][i % 4]],
    });
    const place = placeIds[i % Math.max(1, placeIds.length)];
    if (place && i < 4) {
      await call(referrals, "/referrals", "/referrals", `case-${i}-referral`, {
        candidateId: id,
        placeId: place,
        message: "Motiviert, Sprachkurs läuft, Termin am 12.03. möglich.",
      }).catch(() => undefined); // a place of another Berufsgruppe or full: the story goes on without it
    }
    const path = `/candidates/${id}/milestones`;
    const milestone = (n: number, body: Record<string, unknown>) =>
      call(candidates, "/candidates/{id}/milestones", path, `case-${i}-m${n}`, body, { id });
    // Everyone began a qualification; most finished it, some got full recognition and a job.
    await milestone(1, { type: "qualification.started", date: daysAgo(now, 200 + i * 7) });
    if (i < 10) await milestone(2, { type: "qualification.completed", date: daysAgo(now, 60 + i * 3) });
    if (i < 7) await milestone(3, { type: "recognition.full", date: daysAgo(now, 40 + i * 2) });
    if (i < 6) {
      const job = i < 5 ? OCCUPATIONS[i % OCCUPATIONS.length] : "81301";
      await milestone(4, { type: "employment.started", date: daysAgo(now, 20 + i), occupation: job });
    }
  }
  return CASES;
}
