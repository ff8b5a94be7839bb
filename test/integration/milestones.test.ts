import { beforeAll, describe, expect, it } from "vitest";
import { statisticsRoutes } from "../../functions/statistics/routes.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";
import { coach, employer, referralWorld } from "../support/referral-world.ts";

const otherCoach: Caller = { role: "coach", org: "brueckenwerk-sachsen", sub: "coach-2" };
const admin: Caller = { role: "admin", org: "netzwerk" };
let world: Awaited<ReturnType<typeof referralWorld>>;

const post = (id: string, body: Record<string, unknown>, caller = coach, headers = {}) =>
  world.call("candidates", "POST /candidates/{id}/milestones", { caller, params: { id }, body, headers });
const list = async (id: string) =>
  (await world.call("candidates", "GET /candidates/{id}/milestones", { caller: coach, params: { id } })).body
    .items as { type: string }[];

beforeAll(async () => {
  world = await referralWorld(await testDeps());
}, 60_000);

describe("milestones", () => {
  it("records, lists and exports milestones; flags out-of-order ones", async () => {
    const { id } = await world.candidate();
    const done = await post(id, { type: "qualification.completed", date: "2026-10-30" });
    expect(done.status).toBe(201);
    expect(done.body.warnings).toEqual([
      "„qualification.completed“ ohne vorheriges „qualification.started“ erfasst.",
    ]);
    const started = await post(id, { type: "qualification.started", date: "2026-03-01" });
    expect(started.body).toMatchObject({ type: "qualification.started", candidateId: id, warnings: [] });
    const early = await post(id, { type: "qualification.dropped", date: "2026-02-01" });
    expect(early.body.warnings).toEqual([
      "„qualification.dropped“ liegt vor dem Datum von „qualification.started“.",
    ]);
    expect((await list(id)).map((m) => m.type)).toEqual([
      "qualification.completed",
      "qualification.started",
      "qualification.dropped",
    ]);
    const exported = await world.call("candidates", "GET /candidates/{id}/export", {
      caller: coach,
      params: { id },
    });
    expect(exported.body.milestones).toHaveLength(3);
  });

  it("derives `adequate` for employment from the jobs' Anforderungsniveau", async () => {
    const { id } = await world.candidate(); // reference occupation 81302 (Fachkraft)
    const expert = await post(id, { type: "employment.started", date: "2026-11-01", occupation: "81304" });
    expect(expert.body).toMatchObject({ occupation: "81304", adequate: true });
    const same = await post(id, { type: "employment.started", date: "2026-11-01", occupation: "81302" });
    expect(same.body.adequate).toBe(true);
    const helper = await post(id, { type: "employment.started", date: "2026-11-01", occupation: "81301" });
    expect(helper.body.adequate).toBe(false);
  });

  it.each([
    [{ type: "employment.started", date: "2026-11-01" }, "occupation"],
    [{ type: "qualification.started", date: "2026-11-01", occupation: "81302" }, "occupation"],
    [{ type: "qualification.started", date: "2026-11-24" }, "date"],
    [{ type: "qualification.started", date: "2026-13-01" }, "date"],
    [{ type: "course.started", date: "2026-11-01" }, "type"],
    [{ type: "qualification.started" }, "date"],
    [{ type: "qualification.started", date: "2026-11-01", referralId: "nope" }, "referralId"],
    [{ type: "qualification.started", date: "2026-11-01", name: "Max" }, "name"],
  ])("refuses %j naming %s, storing nothing", async (body, field) => {
    const { id } = await world.candidate();
    const res = await post(id, body);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    expect(await list(id)).toEqual([]);
  });

  it("another organisation's candidate is 404; an admin may record", async () => {
    const { id } = await world.candidate();
    expect((await post(id, { type: "mentoring.started", date: "2026-11-01" }, otherCoach)).status).toBe(404);
    expect((await post("missing", { type: "mentoring.started", date: "2026-11-01" })).status).toBe(404);
    expect((await post(id, { type: "mentoring.started", date: "2026-11-01" }, admin)).status).toBe(201);
    expect((await post(id, { type: "mentoring.started", date: "2026-11-01" }, employer)).status).toBe(403);
  });

  it("is idempotent with Idempotency-Key: one milestone, one count", async () => {
    const { id } = await world.candidate();
    const headers = { "idempotency-key": "ms-1" };
    const first = await post(id, { type: "recognition.full", date: "2026-11-02" }, coach, headers);
    const again = await post(id, { type: "recognition.full", date: "2026-11-02" }, coach, headers);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(await list(id)).toHaveLength(1);
  });

  it("is erased with the candidate; its outcome counts survive", async () => {
    const stats = dispatch(statisticsRoutes(world.deps));
    const total = async () =>
      (await invoke(stats, "GET /statistics", { caller: admin, query: "from=2026-01&to=2026-12" })).body
        .totals.employmentStarted as number;
    const { id, version } = await world.candidate();
    for (let i = 0; i < 5; i++)
      await post(id, { type: "employment.started", date: "2026-11-01", occupation: "81302" });
    const before = await total();
    expect(before).toBeGreaterThanOrEqual(5);
    const erased = await world.call("candidates", "DELETE /candidates/{id}", {
      caller: coach,
      params: { id },
      headers: { "if-match": `"${version}"` },
    });
    expect(erased.status).toBe(204);
    expect((await post(id, { type: "qualification.started", date: "2026-11-01" })).status).toBe(404);
    expect(await total()).toBe(before);
  });

  it("mentoring.completed of an accepted referral frees the seat, once", async () => {
    const place = await world.place({ capacity: 1 });
    const { id } = await world.candidate();
    const proposed = await world.propose(id, place.id);
    expect(proposed.status).toBe(201);
    expect((await world.act(proposed.body.id, "accept", employer)).status).toBe(200);
    const seats = async () =>
      (
        await world.call("places", "GET /mentoring-places/{id}", {
          caller: employer,
          params: { id: place.id },
        })
      ).body.acceptedCount;
    expect(await seats()).toBe(1);
    const body = { type: "mentoring.completed", date: "2026-11-20", referralId: proposed.body.id };
    expect((await post(id, body)).status).toBe(201);
    expect(await seats()).toBe(0);
    const again = await post(id, body);
    expect(again.status).toBe(201);
    expect(again.body.warnings).toContain("Der Platz dieser Vermittlung wurde bereits freigegeben.");
    expect(await seats()).toBe(0);
  });

  it("withdrawing a referral whose mentoring was completed does not give its seat back again", async () => {
    const place = await world.place({ capacity: 2 });
    const [first, second] = [await world.candidate(), await world.candidate()];
    const referrals = [await world.propose(first.id, place.id), await world.propose(second.id, place.id)];
    for (const r of referrals) expect((await world.act(r.body.id, "accept", employer)).status).toBe(200);
    const seats = async () =>
      (
        await world.call("places", "GET /mentoring-places/{id}", {
          caller: employer,
          params: { id: place.id },
        })
      ).body.acceptedCount;
    expect(await seats()).toBe(2);
    const completed = { type: "mentoring.completed", date: "2026-11-20", referralId: referrals[0]?.body.id };
    expect((await post(first.id, completed)).status).toBe(201);
    expect(await seats()).toBe(1);
    expect((await world.act(referrals[0]?.body.id, "withdraw", coach)).status).toBe(200);
    // The second candidate still holds the other seat.
    expect(await seats()).toBe(1);
  });
});
