import { beforeAll, describe, expect, it } from "vitest";
import { statisticsRoutes } from "../../functions/statistics/routes.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import { type Caller, invoke } from "../support/events.ts";
import { adviser, onBehalfWorld } from "../support/on-behalf-world.ts";
import { coach, employer } from "../support/referral-world.ts";

let world: Awaited<ReturnType<typeof onBehalfWorld>>;
let stats: RouteHandler;
let employerId: string;

const ownTotals = async (caller: Caller) => {
  const res = await invoke(stats, "GET /statistics/employers", { caller, query: "from=2026-11&to=2026-11" });
  expect(res.status).toBe(200);
  return (res.body as { own: { totals: Record<string, number> } }).own.totals;
};
const idOf = (res: { body: unknown }) => (res.body as { id: string }).id;
const employmentStarted = (candidateId: string, referralId: string, date = "2026-11-20") =>
  world.call("candidates", "POST /candidates/{id}/milestones", {
    caller: coach,
    params: { id: candidateId },
    body: { type: "employment.started", date, referralId, occupation: "81302" },
  });

beforeAll(async () => {
  world = await onBehalfWorld();
  stats = dispatch(statisticsRoutes(world.deps));
  employerId = (await world.employerRecord()).id;
}, 60_000);

describe("figures of places on behalf (through the API)", () => {
  it("placesOnBehalf: a place created for an employer record counts for the keeping organisation", async () => {
    expect((await ownTotals(adviser)).placesOnBehalf).toBe(0);
    expect((await world.placeOnBehalf(employerId)).status).toBe(201);
    expect((await world.placeOnBehalf(employerId, { status: "draft" })).status).toBe(201);
    expect((await ownTotals(adviser)).placesOnBehalf).toBe(2);
    // An employer's own place is no place on behalf.
    await world.place({}, employer);
    expect((await ownTotals(adviser)).placesOnBehalf).toBe(2);
  });

  it("hires: employment.started after a referral to such a place, once per referral, for the keeping organisation", async () => {
    const place = idOf(await world.placeOnBehalf(employerId));
    const candidate = await world.candidate();
    const referral = idOf(await world.propose(candidate.id, place));
    expect((await world.act(referral, "accept", adviser)).status).toBe(200);
    const before = { hires: (await ownTotals(adviser)).hires ?? 0 };
    const started = await employmentStarted(candidate.id, referral);
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect((await ownTotals(adviser)).hires).toBe(before.hires + 1);
    // The same referral's job recorded again is still one hire.
    await employmentStarted(candidate.id, referral, "2026-11-21");
    expect((await ownTotals(adviser)).hires).toBe(before.hires + 1);
    // The referring coach's organisation counsels no employer here: no hire in its figures.
    expect((await ownTotals({ ...coach, role: "coach" })).hires).toBe(0);
  });

  it("no hire through an employer's own place", async () => {
    const place = (await world.place({}, employer)).id;
    const candidate = await world.candidate();
    const referral = idOf(await world.propose(candidate.id, place));
    await world.act(referral, "accept", employer);
    const before = (await ownTotals(adviser)).hires;
    const started = await employmentStarted(candidate.id, referral);
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect((await ownTotals(adviser)).hires).toBe(before);
  });
});
