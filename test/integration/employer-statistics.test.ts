import { beforeAll, describe, expect, it } from "vitest";
import { statisticsRoutes } from "../../functions/statistics/routes.ts";
import { employerRepository } from "../../shared/db/employer-repository.ts";
import { employerEvents } from "../../shared/db/employer-events.ts";
import { transactWrite } from "../../shared/db/transact.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import type { Deps } from "../../shared/runtime.ts";
import { testDeps } from "../support/db.ts";
import { coachOf, employerWorld, ORGS } from "../support/employer-world.ts";
import { type Caller, invoke } from "../support/events.ts";

let deps: Deps & { setNow(d: Date): void };
let world: Awaited<ReturnType<typeof employerWorld>>;
let stats: RouteHandler;
const coach = coachOf(ORGS.leipzig.org);
const other = coachOf(ORGS.chemnitz.org);
const admin: Caller = { role: "admin", org: ORGS.leipzig.org, sub: "admin-1" };

type Figures = Record<string, number>;
interface Report {
  asOf: string;
  rows: (Figures & { key: string; label: string })[];
  totals: Figures;
  own?: { rows: (Figures & { key: string; label: string })[]; totals: Figures };
}
const report = async (query: string, caller: Caller = coach) => {
  const res = await invoke(stats, "GET /statistics/employers", { caller, query });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Report;
};
const own = async (query: string, caller: Caller = coach) => (await report(query, caller)).own?.totals ?? {};

const at = (day: string) => deps.setNow(new Date(`${day}T10:00:00Z`));
const session = (caller: Caller, id: string, date: string, overrides: Record<string, unknown> = {}) =>
  world.call("POST /employers/{id}/sessions", {
    caller,
    params: { id },
    body: { date, format: "on-site", minutes: 60, topics: ["recognition"], ...overrides },
  });
const agree = async (caller: Caller, id: string, topic = "onboarding") =>
  (
    await world.call("POST /employers/{id}/measures", {
      caller,
      params: { id },
      body: { title: "Leitfaden", topic, due: "2027-01-31" },
    })
  ).body as { id: string };
const setStatus = (caller: Caller, id: string, measureId: string, status: string, version: number) =>
  world.call("PATCH /employers/{id}/measures/{measureId}", {
    caller,
    params: { id, measureId },
    body: { status },
    headers: { "if-match": `"${version}"` },
  });

/** Counts a place on the employer's behalf or a hire as the places' and milestones' writes do. */
async function counted(kind: "placeOnBehalf" | "hire", employerId: string, date: string, eventId: string) {
  const stored = await employerRepository(deps).getStored(employerId);
  if (!stored) throw new Error("no employer");
  const put = employerEvents(deps).put(kind, {
    employer: stored.employer,
    statsKey: stored.statsKey,
    date,
    eventId,
  });
  await transactWrite(deps, { event: [put] }, () => new Error("event"));
}

let bakery: string;
let factory: string;
let care: string;

beforeAll(async () => {
  deps = await testDeps(new Date("2026-09-10T10:00:00Z"));
  world = await employerWorld(deps);
  stats = dispatch(statisticsRoutes(deps));
  // September: recorded in September.
  at("2026-09-10");
  bakery = await world.create(coach, { name: "Bäckerei Müller", size: "small", sector: "C" });
  factory = await world.create(coach, { name: "Werk Leipzig", size: "large", sector: "C" });
  care = await world.create(coach, {
    name: "Pflege am Park",
    size: "medium",
    sector: "Q",
    postalCode: "09111",
  });
  await session(coach, bakery, "2026-09-03", { topics: ["recognition", "onboarding"] });
  await session(coach, bakery, "2026-09-08");
  await session(coach, factory, "2026-09-09", { topics: ["funding"] });
  await agree(coach, bakery);
  const done = await agree(coach, factory, "retention");
  await setStatus(coach, factory, done.id, "done", 1);
  await counted("placeOnBehalf", bakery, "2026-09-10", "place-1");
  // October.
  at("2026-10-06");
  await session(coach, bakery, "2026-10-05");
  await session(coach, care, "2026-10-06", { topics: ["language-at-work"] });
  await counted("hire", bakery, "2026-10-06", "milestone-1");
  // Another organisation's work.
  const theirs = await world.create(other, { name: "Fremdbetrieb" });
  await session(other, theirs, "2026-10-01");
  at("2026-11-23");
}, 60_000);

describe("GET /statistics/employers — the own organisation's figures, exact", () => {
  const period = "from=2026-09&to=2026-10";

  it("employers: each counselled employer once in the period, however many sessions and months", async () => {
    expect((await own(period)).employers).toBe(3);
    expect((await own("from=2026-09&to=2026-09")).employers).toBe(2);
    expect((await own("from=2026-10&to=2026-10")).employers).toBe(2);
    expect((await own(period, other)).employers).toBe(1);
  });

  it("smes: of them micro, small and medium — not the large one", async () => {
    expect((await own(period)).smes).toBe(2);
    expect((await own("from=2026-09&to=2026-09")).smes).toBe(1);
  });

  it("sessions: every session in the period; a deleted one no more", async () => {
    expect((await own(period)).sessions).toBe(5);
    at("2026-10-20");
    const extra = await session(coach, care, "2026-10-20");
    at("2026-11-23");
    expect((await own(period)).sessions).toBe(6);
    await world.call("DELETE /employers/{id}/sessions/{sessionId}", {
      caller: coach,
      params: { id: care, sessionId: (extra.body as { id: string }).id },
      headers: { "if-match": '"1"' },
    });
    expect((await own(period)).sessions).toBe(5);
  });

  it("measuresAgreed and measuresDone: by the day agreed and the day done; reopening takes it back", async () => {
    expect(await own(period)).toMatchObject({ measuresAgreed: 2, measuresDone: 1 });
    const measure = await agree(coach, care, "mentoring");
    expect(await own("from=2026-11&to=2026-11")).toMatchObject({ measuresAgreed: 1, measuresDone: 0 });
    await setStatus(coach, care, measure.id, "done", 1);
    expect((await own("from=2026-11&to=2026-11")).measuresDone).toBe(1);
    await setStatus(coach, care, measure.id, "in-progress", 2);
    expect((await own("from=2026-11&to=2026-11")).measuresDone).toBe(0);
  });

  it("placesOnBehalf and hires: counted when the place is created and the job begins", async () => {
    expect(await own(period)).toMatchObject({ placesOnBehalf: 1, hires: 1 });
    expect(await own("from=2026-09&to=2026-09")).toMatchObject({ placesOnBehalf: 1, hires: 0 });
  });

  it("groups by district, sector, size and topic with German labels; a session counts under each topic", async () => {
    const byDistrict = (await report(`${period}&by=district`)).own?.rows;
    expect(byDistrict?.map((r) => [r.key, r.label, r.employers])).toEqual([
      ["14511", "Kreisfreie Stadt Chemnitz", 1],
      ["14713", "Kreisfreie Stadt Leipzig", 2],
    ]);
    const bySize = (await report(`${period}&by=size`)).own?.rows;
    expect(bySize?.map((r) => [r.key, r.employers, r.smes])).toEqual([
      ["large", 1, 0],
      ["medium", 1, 1],
      ["small", 1, 1],
    ]);
    const bySector = (await report(`${period}&by=sector`)).own?.rows;
    expect(bySector?.map((r) => [r.label, r.employers])).toEqual([
      ["Verarbeitendes Gewerbe", 2],
      ["Gesundheits- und Sozialwesen", 1],
    ]);
    const byTopic = await report(`from=2026-09&to=2026-09&by=topic`);
    expect(byTopic.own?.rows.map((r) => [r.key, r.sessions, r.employers, r.measuresAgreed])).toEqual([
      ["funding", 1, 1, 0],
      ["onboarding", 1, 1, 1],
      ["recognition", 2, 1, 0],
      ["retention", 0, 0, 1],
    ]);
    expect(byTopic.own?.totals).toMatchObject({ sessions: 3, employers: 2, placesOnBehalf: 1 });
  });

  it("keeps the counts when an employer record is erased", async () => {
    const before = await own(period);
    const gone = await world.create(coach, { name: "Bald weg GmbH" });
    await world.call("DELETE /employers/{id}", {
      caller: coach,
      params: { id: gone },
      headers: { "if-match": '"1"' },
    });
    await world.call("DELETE /employers/{id}", {
      caller: coach,
      params: { id: factory },
      headers: { "if-match": '"1"' },
    });
    expect(await own(period)).toEqual(before);
  });
});

describe("GET /statistics/employers — the network, protected", () => {
  it("rounds every network figure to a multiple of 5 and reads closed months only for coaches", async () => {
    const network = await report("from=2026-09&to=2026-11");
    expect(network.asOf).toBe("2026-10");
    for (const value of Object.values(network.totals)) expect(value % 5).toBe(0);
    for (const row of network.rows)
      for (const f of ["employers", "sessions", "hires"]) expect((row[f] ?? 1) % 5).toBe(0);
  });

  it("a session dated back into a closed month does not move what a coach reads until its month closes", async () => {
    const before = await report("from=2026-09&to=2026-10&by=sector");
    // 10 more: a rounded network figure would surely move (6 → 5|10, 16 → 15|20).
    for (let i = 0; i < 10; i++) await session(coach, bakery, "2026-10-15");
    const after = await report("from=2026-09&to=2026-10&by=sector");
    expect(after.rows).toEqual(before.rows);
    expect(after.totals).toEqual(before.totals);
    expect((after.own?.totals.sessions ?? 0) - (before.own?.totals.sessions ?? 0)).toBe(10);
    const adminView = await report("from=2026-09&to=2026-10&by=sector", admin);
    expect(adminView.asOf).toBe("2026-11");
    expect(adminView.own).toBeUndefined();
  });

  it("answers CSV for ?format=csv and Accept: text/csv", async () => {
    for (const options of [
      { query: "from=2026-09&to=2026-10&format=csv" },
      { query: "from=2026-09&to=2026-10", headers: { accept: "text/csv" } },
    ]) {
      const res = await invoke(stats, "GET /statistics/employers", { caller: coach, ...options });
      expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
      const text = String(res.body);
      expect(text.startsWith("\uFEFFSchlüssel;Bezeichnung;Arbeitgeber beraten;davon KMU;Beratungen")).toBe(
        true,
      );
      expect(text).toContain("Ihre Organisation (genau, aktuell)");
      expect(text).not.toMatch(/Bäckerei|Anna/);
    }
  });

  it("refuses an unknown grouping naming it", async () => {
    const res = await invoke(stats, "GET /statistics/employers", { caller: coach, query: "by=month" });
    expect(res.status).toBe(400);
    expect((res.body as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(["query.by"]);
  });
});
