import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { candidateKey, milestoneKey } from "../../shared/db/keys.ts";
import { testDeps } from "../support/db.ts";
import { coach, referralWorld } from "../support/referral-world.ts";

let world: Awaited<ReturnType<typeof referralWorld>>;
const ESF = {
  ageBand: "25-54",
  gender: "female",
  employmentAtEntry: "unemployed",
  isced: "5-8",
  thirdCountryNational: true,
};

beforeAll(async () => {
  world = await referralWorld(await testDeps(new Date("2026-11-23T10:00:00Z")));
}, 60_000);

const read = async (id: string) =>
  (await world.call("candidates", "GET /candidates/{id}", { caller: coach, params: { id } })).body;
const patch = async (id: string, body: Record<string, unknown>) => {
  const { version } = await read(id);
  return world.call("candidates", "PATCH /candidates/{id}", {
    caller: coach,
    params: { id },
    headers: { "if-match": `"${version}"` },
    body,
  });
};
const paths = (res: { body: { errors?: { path: string }[] } }) => (res.body.errors ?? []).map((e) => e.path);

describe("participation: entry and exit", () => {
  it("enters on the day saved unless told; keeps the entry through later changes", async () => {
    const today = await world.candidate();
    expect((await read(today.id)).entryDate).toBe("2026-11-23");
    const earlier = await world.candidate({ entryDate: "2026-09-01" });
    expect((await read(earlier.id)).entryDate).toBe("2026-09-01");
    expect((await patch(earlier.id, { germanLevel: "B2" })).body.entryDate).toBe("2026-09-01");
  });

  it("records an exit with its reason, and reopens with exit: null", async () => {
    const { id } = await world.candidate({ entryDate: "2026-09-01" });
    const ended = await patch(id, { exit: { date: "2026-11-20", reason: "employment" } });
    expect(ended.status).toBe(200);
    expect(ended.body.exit).toEqual({ date: "2026-11-20", reason: "employment" });
    expect((await read(id)).exit).toEqual({ date: "2026-11-20", reason: "employment" });
    const reopened = await patch(id, { exit: null });
    expect(reopened.status).toBe(200);
    expect(reopened.body.exit).toBeUndefined();
    expect((await read(id)).exit).toBeUndefined();
  });

  it.each([
    [{ exit: { date: "2026-08-31", reason: "moved" } }, 400, "exit.date"],
    [{ exit: { date: "2026-11-24", reason: "moved" } }, 400, "exit.date"],
    [{ exit: { date: "2026-11-01", reason: "bored" } }, 400, "exit.reason"],
    [{ exit: { date: "2026-11-01" } }, 400, "exit.reason"],
    [{ entryDate: "2026-11-24" }, 400, "entryDate"],
    [{ entryDate: "2026-11-02", exit: { date: "2026-11-01", reason: "other" } }, 400, "exit.date"],
    [{ esf: { ...ESF, ageBand: "30-40" } }, 400, "esf.ageBand"],
    [{ esf: { ...ESF, isced: "9" } }, 400, "esf.isced"],
    [{ esf: ESF }, 409, "esf"],
  ])("refuses %j (%i naming %s) and changes nothing", async (body, status, field) => {
    const { id } = await world.candidate({ entryDate: "2026-09-01" });
    const before = await read(id);
    const res = await patch(id, body);
    expect(res.status).toBe(status);
    expect(paths(res)).toContain(field);
    expect(await read(id)).toEqual(before);
  });

  it("refuses an entry after a recorded exit, naming exit.date", async () => {
    const { id } = await world.candidate({ entryDate: "2026-09-01" });
    await patch(id, { exit: { date: "2026-10-01", reason: "dropped-out" } });
    const res = await patch(id, { entryDate: "2026-10-02" });
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual(["exit.date"]);
    expect((await read(id)).entryDate).toBe("2026-09-01");
  });

  it("a new candidate with ESF data has no consent yet: 409 naming esf, nothing stored", async () => {
    const res = await world.call("candidates", "POST /candidates", {
      caller: coach,
      body: { occupation: "81302", location: { postalCode: "33330" }, esf: ESF },
    });
    expect(res.status).toBe(409);
    expect(paths(res)).toEqual(["esf"]);
    const list = await world.call("candidates", "GET /candidates", { caller: coach });
    expect(list.body.items.some((c: { esf?: unknown }) => c.esf)).toBe(false);
  });
});

describe("participation: ESF Plus data", () => {
  it("is stored only with an active esf-data consent, removed with esf: null or the consent's withdrawal", async () => {
    const { id } = await world.candidate();
    const without = await patch(id, { esf: ESF });
    expect(without.status).toBe(409);
    expect(paths(without)).toEqual(["esf"]);
    expect((await read(id)).esf).toBeUndefined();
    expect((await world.consent(id, ["esf-data"])).status).toBe(200);
    const given = await patch(id, { esf: ESF });
    expect(given.status).toBe(200);
    expect((await read(id)).esf).toEqual(ESF);
    const removed = await patch(id, { esf: null });
    expect(removed.status).toBe(200);
    expect((await read(id)).esf).toBeUndefined();
    expect((await patch(id, { esf: ESF })).status).toBe(200);
    const withdrawn = await world.call("candidates", "DELETE /candidates/{id}/consents/{scope}", {
      caller: coach,
      params: { id, scope: "esf-data" },
      headers: { "if-match": `"${(await read(id)).version}"` },
    });
    expect(withdrawn.status).toBeLessThan(300);
    expect((await read(id)).esf).toBeUndefined();
    const again = await patch(id, { esf: ESF });
    expect(again.status).toBe(409);
    expect(paths(again)).toEqual(["esf"]);
  });
});

describe("participation: stored before issue 30", () => {
  it("a candidate without entryDate entered the day it was created", async () => {
    const { id } = await world.candidate();
    await world.deps.db.send(
      new UpdateCommand({
        TableName: world.deps.tableName,
        Key: candidateKey(id),
        UpdateExpression: "REMOVE entryDate SET createdAt = :c",
        ExpressionAttributeValues: { ":c": "2025-04-02T08:00:00.000Z" },
      }),
    );
    expect((await read(id)).entryDate).toBe("2025-04-02");
  });
});

describe("the six-month follow-up carries its outcome", () => {
  const post = (id: string, body: Record<string, unknown>) =>
    world.call("candidates", "POST /candidates/{id}/milestones", { caller: coach, params: { id }, body });
  const list = async (id: string) =>
    (await world.call("candidates", "GET /candidates/{id}/milestones", { caller: coach, params: { id } }))
      .body.items as { type: string; status?: string }[];

  it("records the status of a follow-up", async () => {
    const { id } = await world.candidate();
    const res = await post(id, {
      type: "followup.sixMonths",
      date: "2026-11-20",
      status: "employed-adequate",
    });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("employed-adequate");
    expect((await list(id)).map((m) => m.status)).toEqual(["employed-adequate"]);
  });

  it.each([
    [{ type: "followup.sixMonths", date: "2026-11-20" }],
    [{ type: "followup.sixMonths", date: "2026-11-20", status: "retired" }],
    [{ type: "employment.started", date: "2026-11-20", occupation: "81302", status: "employed" }],
  ])("refuses %j naming status, storing nothing", async (body) => {
    const { id } = await world.candidate();
    const res = await post(id, body);
    expect(res.status).toBe(400);
    expect(paths(res)).toContain("status");
    expect(await list(id)).toEqual([]);
  });

  it("reads a follow-up stored without a status as unknown", async () => {
    const { id } = await world.candidate();
    await world.deps.db.send(
      new PutCommand({
        TableName: world.deps.tableName,
        Item: {
          ...milestoneKey(id, "M-OLD"),
          id: "M-OLD",
          candidateId: id,
          type: "followup.sixMonths",
          date: "2026-06-01",
          createdAt: "2026-06-01T08:00:00.000Z",
          createdBy: "coach-1",
        },
      }),
    );
    expect((await list(id)).map((m) => m.status)).toEqual(["unknown"]);
    const stored = await world.deps.db.send(
      new GetCommand({ TableName: world.deps.tableName, Key: milestoneKey(id, "M-OLD") }),
    );
    expect(stored.Item?.status).toBeUndefined();
  });
});
