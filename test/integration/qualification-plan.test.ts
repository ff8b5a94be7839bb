import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { demandCounterPartition, demandSortKey, planKey } from "../../shared/db/keys.ts";
import { testDeps } from "../support/db.ts";
import type { Caller } from "../support/events.ts";
import { coach, employer, referralWorld } from "../support/referral-world.ts";

// Offers are in Bielefeld (33602, 16.8 km), the place in Gütersloh (33332, 0.9 km).
// The demo's story: a nurse trained in a third country, living in Gütersloh, whose Bescheid
// requires a compensation measure (Anpassungslehrgang) and names four differences.
const otherCoach: Caller = { role: "coach", org: "brueckenwerk-sachsen", sub: "coach-2" };
const admin: Caller = { role: "admin", org: "netzwerk" };
let world: Awaited<ReturnType<typeof referralWorld>>;
let deps: Awaited<ReturnType<typeof testDeps>>;
let ids: { period: string; course: string; place: string; elsewhere: string };

const differences = [
  { topic: "Pharmakologie", hours: 120, kind: "theory" },
  { topic: "Pflegeprozess", hours: 80, kind: "theory" },
  { topic: "Akutpflege", hours: 400, kind: "practice" },
  { topic: "Fachsprache Pflege", hours: 60, kind: "language" },
];
const recognition = (diffs: object[] = differences) => ({
  status: "partial",
  trainedIn: "third-country",
  state: "05",
  decision: {
    date: "2026-10-01",
    kind: "compensation-required",
    measure: "adaptation-period",
    differences: diffs,
  },
});
const nurse = (diffs?: object[]) => world.candidate({ recognition: recognition(diffs) });

const getPlan = (id: string, caller = coach) =>
  world.call("candidates", "GET /candidates/{id}/plan", { caller, params: { id } });
const putPlan = (id: string, steps: object[], headers: Record<string, string> = {}, caller = coach) =>
  world.call("candidates", "PUT /candidates/{id}/plan", { caller, params: { id }, body: { steps }, headers });
const storedPlan = async (id: string) =>
  (await world.deps.db.send(new GetCommand({ TableName: world.deps.tableName, Key: planKey(id) }))).Item;
const demandCount = async (topicKey: string, month = "2026-11") =>
  (
    await world.deps.db.send(
      new GetCommand({
        TableName: world.deps.tableName,
        Key: { PK: demandCounterPartition(month), SK: demandSortKey("05754", "813", topicKey) },
      }),
    )
  ).Item?.needs;

beforeAll(async () => {
  deps = await testDeps();
  world = await referralWorld(deps);
  const period = await world.offer({
    title: "Anpassungslehrgang Pflege",
    kind: "adaptation-period",
    germanLevel: "B1",
    rolling: false,
    start: "2027-01-11",
    end: "2027-06-30",
    modules: [
      { id: "pharma", title: "Arzneimittellehre", topics: ["Pharmakologie"], hours: 120, kind: "theory" },
      { id: "prozess", title: "Pflegeprozess", topics: ["pflegeprozess"], hours: 80, kind: "theory" },
    ],
  });
  const course = await world.offer({
    title: "Fachsprache Pflege B2",
    kind: "language-course",
    germanLevel: "B1",
    targetGermanLevel: "B2",
    start: "2026-12-01",
    end: "2027-01-08",
    rolling: false,
  });
  const place = await world.place({ title: "Mentoring Akutpflege", location: { postalCode: "33332" } });
  const elsewhere = await world.offer({ title: "Elektrotechnik Grundlagen", occupations: ["26212"] });
  ids = { period: period.id, course: course.id, place: place.id, elsewhere: elsewhere.id };
}, 60_000);

describe("GET /candidates/{id}/plan", () => {
  it("proposes the measure first, a place for practice, a language course to B2: coverage 1", async () => {
    const { id } = await nurse();
    const res = await getPlan(id);
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBeUndefined();
    expect(res.body.requiredGermanLevel).toBe("B2");
    expect(res.body.saved).toBeUndefined();
    const { proposal } = res.body;
    expect(proposal).toMatchObject({ coverage: 1, uncovered: [], measure: "adaptation-period" });
    expect(proposal.steps).toEqual([
      {
        kind: "offer",
        offerId: ids.period,
        covers: ["Pharmakologie", "Pflegeprozess"],
        hours: 200,
        distanceKm: 16.8,
        start: "2027-01-11",
        end: "2027-06-30",
        title: "Anpassungslehrgang Pflege",
        provider: "Bildungsträger Muster",
        offerKind: "adaptation-period",
      },
      {
        kind: "place",
        placeId: ids.place,
        covers: ["Akutpflege"],
        hours: 400,
        distanceKm: 0.9,
        start: "2026-12-01",
        title: "Mentoring Akutpflege",
      },
      {
        kind: "language",
        offerId: ids.course,
        covers: ["Fachsprache Pflege", "Deutsch B2"],
        hours: 61,
        distanceKm: 16.8,
        start: "2026-12-01",
        end: "2027-01-08",
        title: "Fachsprache Pflege B2",
        provider: "Bildungsträger Muster",
        offerKind: "language-course",
      },
    ]);
  });

  it("another organisation's candidate is 404; an employer 403; an admin reads", async () => {
    const { id } = await nurse();
    expect((await getPlan(id, otherCoach)).status).toBe(404);
    expect((await getPlan(id, employer)).status).toBe(403);
    expect((await getPlan(id, admin)).status).toBe(200);
  });
});

describe("PUT /candidates/{id}/plan", () => {
  it("saves the chosen steps, works out what they cover, versions them; GET returns it; a referral follows", async () => {
    const { id } = await nurse();
    const saved = await putPlan(id, [
      { kind: "offer", offerId: ids.period },
      { kind: "place", placeId: ids.place },
    ]);
    expect(saved.status).toBe(200);
    expect(saved.headers.etag).toBe('"1"');
    expect(saved.body).toMatchObject({
      version: 1,
      coverage: 0.908,
      measure: "adaptation-period",
      uncovered: [
        { topic: "Fachsprache Pflege", hours: 60, kind: "language" },
        { topic: "Deutsch B2", hours: 1, kind: "language" },
      ],
    });
    expect(saved.body.steps.map((s: { covers: string[] }) => s.covers)).toEqual([
      ["Pharmakologie", "Pflegeprozess"],
      ["Akutpflege"],
    ]);
    const read = await getPlan(id);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body.saved.steps.map((s: { available: boolean }) => s.available)).toEqual([true, true]);
    expect((await putPlan(id, [])).status).toBe(428);
    expect((await putPlan(id, [], { "if-match": '"7"' })).status).toBe(412);
    const again = await putPlan(id, [{ kind: "language", offerId: ids.course }], { "if-match": '"1"' });
    expect(again.body).toMatchObject({ version: 2, coverage: 0.092 });
    expect((await world.proposeOffer(id, ids.course)).status).toBe(201);
  });

  it("refuses a step that does not match the candidate, naming the field; nothing is written", async () => {
    const { id } = await nurse([{ topic: "Wundversorgung", hours: 40, kind: "theory" }]);
    const res = await putPlan(id, [
      { kind: "place", placeId: ids.place },
      { kind: "offer", offerId: ids.elsewhere },
      { kind: "module", offerId: ids.period, moduleId: "nope" },
    ]);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([
      "steps[1].offerId",
      "steps[2].moduleId",
    ]);
    expect(await storedPlan(id)).toBeUndefined();
    expect(await demandCount("wundversorgung")).toBeUndefined();
  });

  it.each([
    [[{ kind: "module", offerId: "x" }], "steps[0].moduleId"],
    [[{ kind: "place", placeId: "x", offerId: "y" }], "steps[0].offerId"],
    [[{ kind: "offer" }], "steps[0].offerId"],
    [[{ kind: "course", offerId: "x" }], "steps[0].kind"],
    [[{ kind: "offer", offerId: "x", covers: ["A"] }], "steps[0].covers"],
    [[{ kind: "module", offerId: "x", moduleId: "m", start: "2027-02-30" }], "steps[0].start"],
    [Array.from({ length: 41 }, () => ({ kind: "place", placeId: "x" })), "steps"],
  ])("refuses %j naming %s", async (steps, field) => {
    const { id } = await nurse();
    const res = await putPlan(id, steps);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    expect(await storedPlan(id)).toBeUndefined();
  });

  it("counts uncovered topics as demand once per candidate, topic and month; a re-save does not count again", async () => {
    const { id } = await nurse([{ topic: "Palliativpflege", hours: 40, kind: "theory" }]);
    await putPlan(id, []);
    expect(await demandCount("palliativpflege")).toBe(1);
    await putPlan(id, [], { "if-match": '"1"' });
    expect(await demandCount("palliativpflege")).toBe(1);
    deps.setNow(new Date("2026-12-02T10:00:00Z"));
    try {
      await putPlan(id, [], { "if-match": '"2"' });
    } finally {
      deps.setNow(new Date("2026-11-23T10:00:00Z"));
    }
    expect(await demandCount("palliativpflege", "2026-12")).toBe(1);
    expect(await demandCount("palliativpflege")).toBe(1);
  });

  it("concurrent first saves: exactly one wins, the demand counted once", async () => {
    const { id } = await nurse([{ topic: "Gerontopsychiatrie", hours: 40, kind: "theory" }]);
    const results = await Promise.all(Array.from({ length: 5 }, () => putPlan(id, [])));
    expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412, 412, 412]);
    expect(await demandCount("gerontopsychiatrie")).toBe(1);
  });

  it("the saved plan is in the export and goes with the candidate's erasure", async () => {
    const { id, version } = await nurse();
    await putPlan(id, [{ kind: "place", placeId: ids.place }]);
    const exported = await world.call("candidates", "GET /candidates/{id}/export", {
      caller: coach,
      params: { id },
    });
    expect(exported.body.plan).toMatchObject({ version: 1, steps: [{ placeId: ids.place }] });
    expect(exported.body.plan).not.toHaveProperty("demandCounted");
    expect((await storedPlan(id))?.expiresAtEpoch).toBe(
      Math.floor(Date.parse(exported.body.candidate.expiresAt) / 1000),
    );
    const erased = await world.call("candidates", "DELETE /candidates/{id}", {
      caller: coach,
      params: { id },
      headers: { "if-match": `"${version}"` },
    });
    expect(erased.status).toBe(204);
    expect(await storedPlan(id)).toBeUndefined();
  });

  it("the handout prints the saved plan in the candidate's language, with the organisation and the coach's contact", async () => {
    const named = await world.call("organisations", "PUT /organisations/{org}", {
      caller: admin,
      params: { org: "mozaik" },
      body: { name: "MOZAIK gGmbH", kind: "coaching" },
    });
    expect(named.status).toBe(200);
    const me = await world.call("organisations", "PUT /me", {
      caller: coach,
      body: { name: "Aylin Demir", phone: "+49 521 987654", email: "a.demir@mozaik.example" },
    });
    expect(me.status).toBe(200);
    const { id } = await nurse();
    await putPlan(id, [
      { kind: "offer", offerId: ids.period },
      { kind: "place", placeId: ids.place },
    ]);
    const page = await world.call("handouts", "GET /candidates/{id}/handout", {
      caller: coach,
      params: { id },
      query: "lang=uk",
    });
    expect(page.status).toBe(200);
    const html = String(page.body);
    expect(html).toContain("Ваш план кваліфікації");
    expect(html).toContain('<bdi lang="de" dir="ltr">Anpassungslehrgang Pflege</bdi>');
    expect(html).toContain('<bdi lang="de" dir="ltr">MOZAIK gGmbH</bdi>');
    expect(html).toContain('<bdi dir="ltr">+49 521 987654</bdi>');
    expect(html).toContain('<bdi dir="ltr">max.beispiel@example.org</bdi>');
    expect(html).toContain('<bdi lang="de" dir="ltr">Fachsprache Pflege</bdi>');
  });
});
