import { beforeAll, describe, expect, it } from "vitest";
import { statisticsRoutes } from "../../functions/statistics/routes.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import type { Candidate } from "../../shared/schemas/candidate.ts";
import { testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";
import { coach, referralWorld } from "../support/referral-world.ts";

/**
 * People, not events (issue 30): one person with many events is counted once per figure, where
 * they entered; `active` is who entered up to a period's end less who left before it began; the
 * figures outlive the person; the network is rounded, the own organisation exact.
 */
const admin: Caller = { role: "admin", org: "netzwerk" };
const otherCoach: Caller = { role: "coach", org: "awo-owl", sub: "coach-2" };
const ESF = {
  ageBand: "25-54",
  gender: "female",
  employmentAtEntry: "unemployed",
  isced: "5-8",
  thirdCountryNational: true,
} as const;

let world: Awaited<ReturnType<typeof referralWorld>>;
let stats: ReturnType<typeof dispatch>;
const ids: Record<string, string> = {};

const at = (iso: string) => world.deps.clock().toISOString() !== iso && setNow(new Date(iso));
let setNow: (d: Date) => void;
const record = async (id: string, body: Record<string, unknown>, caller = coach) => {
  const res = await world.call("candidates", "POST /candidates/{id}/milestones", {
    caller,
    params: { id },
    body,
  });
  expect(res.status).toBe(201);
};
const patch = async (id: string, body: Record<string, unknown>, caller = coach) => {
  const read = await world.call("candidates", "GET /candidates/{id}", { caller, params: { id } });
  const res = await world.call("candidates", "PATCH /candidates/{id}", {
    caller,
    params: { id },
    headers: { "if-match": `"${read.body.version}"` },
    body,
  });
  expect(res.status).toBe(200);
  return res.body as Candidate;
};
const report = (caller: Caller, query: string) =>
  invoke(stats, "GET /statistics/participants", { caller, query });

beforeAll(async () => {
  const deps = await testDeps(new Date("2026-02-10T09:00:00Z"));
  setNow = deps.setNow;
  world = await referralWorld(deps);
  stats = dispatch(statisticsRoutes(deps));
  const [iqA, iqB] = [
    await world.offer({ funding: ["iq-funded"] }),
    await world.offer({ funding: ["iq-funded"] }),
  ];

  // P1, Gütersloh, Berufsgruppe 813: every event twice, then moves to Dresden — still counted where they entered.
  const p1 = await world.candidate({ entryDate: "2026-02-10" });
  ids.p1 = p1.id;
  const toA = (await world.proposeOffer(p1.id, iqA.id)).body.id;
  const toB = (await world.proposeOffer(p1.id, iqB.id)).body.id;
  // Another organisation's five entries, saved in March: in the network, never in MOZAIK's own figures.
  at("2026-03-05T09:00:00Z");
  for (let i = 0; i < 5; i++) await world.candidate({ entryDate: "2026-03-03" }, otherCoach);
  at("2026-11-20T09:00:00Z");
  await record(p1.id, { type: "qualification.started", date: "2026-03-01", referralId: toA });
  await record(p1.id, { type: "qualification.started", date: "2026-04-01", referralId: toB });
  await record(p1.id, { type: "qualification.completed", date: "2026-06-30" });
  await record(p1.id, { type: "qualification.completed", date: "2026-07-15" });
  await record(p1.id, { type: "recognition.full", date: "2026-07-01" });
  await record(p1.id, { type: "recognition.full", date: "2026-07-20" });
  await record(p1.id, { type: "employment.started", date: "2026-08-01", occupation: "81302" });
  await record(p1.id, { type: "employment.started", date: "2026-08-15", occupation: "81304" });
  await patch(p1.id, { location: { postalCode: "01067" } });
  await patch(p1.id, { exit: { date: "2026-08-31", reason: "employment" } });
  // Reopened and left again: the first exit counts.
  await patch(p1.id, { exit: null });
  await patch(p1.id, { exit: { date: "2026-09-30", reason: "moved" } });
  await record(p1.id, { type: "followup.sixMonths", date: "2026-11-20", status: "employed-adequate" });
  await record(p1.id, { type: "followup.sixMonths", date: "2026-11-20", status: "employed" });

  // P2, Gütersloh, 813: entered in May, dropped out in June.
  const p2 = await world.candidate({ entryDate: "2026-05-05" });
  await patch(p2.id, { exit: { date: "2026-06-30", reason: "dropped-out" } });

  // P3, Dresden, Berufsgruppe 262: entered in October, ESF data given with their consent.
  const p3 = await world.candidate({
    entryDate: "2026-10-01",
    occupation: "26212",
    location: { postalCode: "01067" },
  });
  ids.p3 = p3.id;
  expect((await world.consent(p3.id, ["esf-data"])).status).toBe(200);
  await patch(p3.id, { esf: ESF });

  at("2026-11-23T10:00:00Z");
}, 180_000);

type Figures = Record<string, number | Record<string, number>>;
const own = async (query: string) =>
  (await report(coach, query)).body.own as { rows: Figures[]; totals: Figures };

describe("GET /statistics/participants: people, not events", () => {
  it("counts a person with many events once per figure, by quarter (own organisation, exact)", async () => {
    const { rows, totals } = await own("from=2026-01&to=2026-12&by=quarter");
    const pick = (f: Figures) => ({
      entries: f.entries,
      active: f.active,
      inIqQualification: f.inIqQualification,
      qualificationCompleted: f.qualificationCompleted,
      recognitionFull: f.recognitionFull,
      employmentAdequate: f.employmentAdequate,
      exits: f.exits,
      followup: f.followup,
    });
    const exits = (over: Record<string, number> = {}) => ({
      total: 0,
      "plan-completed": 0,
      employment: 0,
      moved: 0,
      "dropped-out": 0,
      other: 0,
      ...over,
    });
    const followup = (over: Record<string, number> = {}) => ({
      "employed-adequate": 0,
      employed: 0,
      "in-qualification": 0,
      "not-employed": 0,
      unknown: 0,
      ...over,
    });
    const none = {
      inIqQualification: 0,
      qualificationCompleted: 0,
      recognitionFull: 0,
      employmentAdequate: 0,
    };
    expect(rows.map((r) => [r.key, r.label])).toEqual([
      ["2026-Q1", "1. Quartal 2026"],
      ["2026-Q2", "2. Quartal 2026"],
      ["2026-Q3", "3. Quartal 2026"],
      ["2026-Q4", "4. Quartal 2026"],
    ]);
    expect(rows.map(pick)).toEqual([
      { entries: 1, active: 1, ...none, inIqQualification: 1, exits: exits(), followup: followup() },
      {
        entries: 1,
        active: 2,
        ...none,
        qualificationCompleted: 1,
        exits: exits({ total: 1, "dropped-out": 1 }),
        followup: followup(),
      },
      {
        entries: 0,
        active: 1,
        ...none,
        recognitionFull: 1,
        employmentAdequate: 1,
        exits: exits({ total: 1, employment: 1 }),
        followup: followup(),
      },
      { entries: 1, active: 1, ...none, exits: exits(), followup: followup({ "employed-adequate": 1 }) },
    ]);
    expect(pick(totals)).toEqual({
      entries: 3,
      active: 3,
      inIqQualification: 1,
      qualificationCompleted: 1,
      recognitionFull: 1,
      employmentAdequate: 1,
      exits: exits({ total: 2, employment: 1, "dropped-out": 1 }),
      followup: followup({ "employed-adequate": 1 }),
    });
  });

  it("gives the ESF breakdowns of entries, and the entries without ESF data", async () => {
    const { rows, totals } = await own("from=2026-01&to=2026-12&by=quarter");
    expect(totals.esf).toEqual({
      withData: 1,
      withoutData: 2,
      ageBand: { "<25": 0, "25-54": 1, "55+": 0 },
      gender: { female: 1, male: 0, diverse: 0, unspecified: 0 },
      employmentAtEntry: { employed: 0, unemployed: 1, inactive: 0 },
      isced: { "0-2": 0, "3-4": 0, "5-8": 1 },
      thirdCountryNational: { yes: 1, no: 0 },
    });
    expect(rows.map((r) => (r.esf as Record<string, number>).withoutData)).toEqual([1, 1, 0, 0]);
  });

  it("groups by the district and Berufsgruppe of the entry; active counts from before the period", async () => {
    const byDistrict = await own("from=2026-07&to=2026-12&by=district");
    expect(byDistrict.rows.map((r) => [r.key, r.label, r.entries, r.active])).toEqual([
      ["05754", "Kreis Gütersloh", 0, 1],
      ["14612", "Kreisfreie Stadt Dresden", 1, 1],
    ]);
    // P1 moved to Dresden before leaving: their exit still counts in Gütersloh.
    expect(byDistrict.rows.map((r) => (r.exits as Record<string, number>).total)).toEqual([1, 0]);
    const byGroup = await own("from=2026-01&to=2026-12&by=occupationGroup");
    expect(byGroup.rows.map((r) => [r.key, r.entries, r.inIqQualification])).toEqual([
      ["262", 1, 0],
      ["813", 2, 1],
    ]);
    // A district whose people all left before the period, with nothing in it, is no row at all.
    expect((await own("from=2026-10&to=2026-10&by=district")).rows.map((r) => r.key)).toEqual(["14612"]);
    // P1's follow-up in November counts where they entered; P3 is active in Dresden.
    const late = await own("from=2026-11&to=2026-11&by=district");
    expect(
      late.rows.map((r) => [r.key, (r.followup as Record<string, number>)["employed-adequate"]]),
    ).toEqual([
      ["05754", 1],
      ["14612", 0],
    ]);
  });

  it("protects the network (multiples of 5, closed months) and keeps the own organisation exact", async () => {
    const res = await report(coach, "from=2026-01&to=2026-12&by=quarter");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      from: "2026-01",
      to: "2026-12",
      by: "quarter",
      scope: "network",
      asOf: "2026-10",
    });
    const numbers = (value: unknown): number[] =>
      typeof value === "number" ? [value] : Object.values(value as object).flatMap(numbers);
    for (const row of [...res.body.rows, res.body.totals]) {
      const { key: _k, label: _l, ...figures } = row;
      for (const n of numbers(figures)) expect(n % 5).toBe(0);
    }
    // The network's Q1 holds 6 entries (1 + the other organisation's 5): rounded to 5 or 10, never 1 or 6.
    expect([5, 10]).toContain(res.body.rows[0].entries);
    const admins = await report(admin, "from=2026-01&to=2026-12");
    expect(admins.body.asOf).toBe("2026-11");
    expect(admins.body.own).toBeUndefined();
    const theirs = (await report(otherCoach, "from=2026-01&to=2026-12")).body.own.totals;
    expect([theirs.entries, theirs.active, theirs.inIqQualification]).toEqual([5, 5, 0]);
  });

  it("answers the funder's CSV", async () => {
    const res = await report(coach, "from=2026-01&to=2026-12&by=quarter&format=csv");
    expect(res.status).toBe(200);
    expect(res.headers?.["content-type"]).toBe("text/csv; charset=utf-8");
    const lines = String(res.body)
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toMatch(/^Schlüssel;Bezeichnung;Eintritte;Aktiv;In IQ-geförderter Qualifizierung;/);
    expect(lines[1]).toMatch(/^2026-Q1;1\. Quartal 2026;/);
    const ownStart = lines.indexOf(";Ihre Organisation (genau, aktuell)");
    expect(ownStart).toBeGreaterThan(0);
    expect(lines[ownStart + 6]?.split(";").slice(0, 8)).toEqual(["", "Summe", "3", "3", "1", "1", "1", "1"]);
    const accepted = await invoke(stats, "GET /statistics/participants", {
      caller: coach,
      query: "from=2026-01&to=2026-12",
      headers: { accept: "text/csv" },
    });
    expect(accepted.headers?.["content-type"]).toBe("text/csv; charset=utf-8");
  });

  it("keeps the figures when the person is erased", async () => {
    const before = await own("from=2026-01&to=2026-12&by=quarter");
    const erased = await world.call("candidates", "DELETE /candidates/{id}", {
      caller: coach,
      params: { id: ids.p1 ?? "" },
      headers: { "if-match": "*" },
    });
    expect(erased.status).toBe(204);
    expect(await own("from=2026-01&to=2026-12&by=quarter")).toEqual(before);
  });

  it.each([
    ["by=month", "query.by"],
    ["from=2026-13", "query.from"],
    ["format=xml", "query.format"],
    ["from=2026-12&to=2026-01", "query.to"],
    ["name=x", "query.name"],
  ])("refuses %s naming %s", async (query, field) => {
    const res = await report(coach, query);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
  });

  it("is for coaches and admins only", async () => {
    expect((await report({ role: "employer", org: "klinikum", sub: "e" }, "")).status).toBe(403);
  });
});
