import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { TTL_ATTRIBUTE } from "../../shared/db/table-definition.ts";
import { testDeps } from "../support/db.ts";
import { coach, referralWorld } from "../support/referral-world.ts";

let world: Awaited<ReturnType<typeof referralWorld>>;
let setNow: (d: Date) => void;

beforeAll(async () => {
  const deps = await testDeps(new Date("2026-01-05T09:00:00Z"));
  setNow = deps.setNow;
  world = await referralWorld(deps);
}, 60_000);

const at = (iso: string) => setNow(new Date(iso));
const read = (id: string) =>
  world.call("candidates", "GET /candidates/{id}", { caller: coach, params: { id } });
const milestone = (id: string, body: Record<string, unknown>) =>
  world.call("candidates", "POST /candidates/{id}/milestones", { caller: coach, params: { id }, body });
const patch = async (id: string, body: Record<string, unknown>) =>
  world.call("candidates", "PATCH /candidates/{id}", {
    caller: coach,
    params: { id },
    headers: { "if-match": `"${(await read(id)).body.version}"` },
    body,
  });
/** The expiry (epoch seconds) of every stored item naming the candidate, but its idempotency records. */
const expiries = async (id: string) =>
  ((await world.deps.db.send(new ScanCommand({ TableName: world.deps.tableName }))).Items ?? [])
    .filter((i) => JSON.stringify(i).includes(id) && !String(i.PK).startsWith("IDEM#"))
    .map((i) => i[TTL_ATTRIBUTE]);
const epoch = (iso: string) => Math.floor(Date.parse(iso) / 1000);

describe("retention from the exit, never mid-way through a pathway", () => {
  it("keeps a 14-month pathway, then runs from the exit through the follow-up", async () => {
    at("2026-01-05T09:00:00Z");
    const { id } = await world.candidate({ entryDate: "2026-01-05" });
    const place = await world.place();
    expect((await world.propose(id, place.id)).status).toBe(201);
    for (const [when, body] of [
      ["2026-04-01T09:00:00Z", { type: "qualification.started", date: "2026-04-01" }],
      ["2026-10-01T09:00:00Z", { type: "recognition.partial", date: "2026-09-28" }],
      ["2027-02-20T09:00:00Z", { type: "qualification.completed", date: "2027-02-19" }],
    ] as const) {
      at(when);
      expect((await milestone(id, body)).status).toBe(201);
    }
    // 13 months after it was saved, never changed since: the old rule (365 days after the last change) had erased it.
    at("2027-02-21T09:00:00Z");
    const midway = await read(id);
    expect(midway.status).toBe(200);
    expect(midway.body.expiresAt).toBe("2028-02-20T09:00:00.000Z");

    at("2027-03-05T09:00:00Z");
    const ended = await patch(id, { exit: { date: "2027-03-05", reason: "plan-completed" } });
    expect(ended.body.expiresAt).toBe("2028-03-05T00:00:00.000Z");
    at("2027-09-06T09:00:00Z");
    const followup = await milestone(id, {
      type: "followup.sixMonths",
      date: "2027-09-05",
      status: "employed-adequate",
    });
    expect(followup.status).toBe(201);
    const after = await read(id);
    expect(after.body.expiresAt).toBe("2028-03-05T00:00:00.000Z");
    // Everything about the candidate (profile, milestones, referral, guards) expires with it.
    const ttls = await expiries(id);
    expect(ttls.length).toBeGreaterThanOrEqual(6);
    expect(new Set(ttls)).toEqual(new Set([epoch("2028-03-05T00:00:00.000Z")]));

    at("2028-03-05T00:00:01Z");
    expect((await read(id)).status).toBe(404);
  }, 60_000);

  it("a recorded milestone moves the expiry of everything about the candidate, not its version", async () => {
    at("2026-02-01T09:00:00Z");
    const { id } = await world.candidate();
    const before = (await read(id)).body;
    at("2026-06-10T12:00:00Z");
    expect((await milestone(id, { type: "mentoring.started", date: "2026-06-09" })).status).toBe(201);
    const after = (await read(id)).body;
    expect(after).toMatchObject({ version: before.version, updatedAt: before.updatedAt });
    expect(after.expiresAt).toBe("2027-06-10T12:00:00.000Z");
    expect(new Set(await expiries(id))).toEqual(new Set([epoch("2027-06-10T12:00:00.000Z")]));
  }, 60_000);
});

describe("a shorter retention period (deployment setting)", () => {
  it("still waits for the follow-up, or a month past its date", async () => {
    const deps = await testDeps(new Date("2026-03-01T09:00:00Z"));
    const short = await referralWorld({ ...deps, candidateRetentionMonths: 3 });
    // Version 2: the world's candidate has its consents recorded.
    const { id, version } = await short.candidate({ entryDate: "2026-03-01" });
    const get = async () =>
      (await short.call("candidates", "GET /candidates/{id}", { caller: coach, params: { id } })).body;
    expect((await get()).expiresAt).toBe("2026-06-01T09:00:00.000Z");
    const ended = await short.call("candidates", "PATCH /candidates/{id}", {
      caller: coach,
      params: { id },
      headers: { "if-match": `"${version}"` },
      body: { exit: { date: "2026-02-20", reason: "moved" } },
    });
    // Exit before entry is refused; a proper one runs to exit + 7 months without a follow-up.
    expect(ended.status).toBe(400);
    const exited = await short.call("candidates", "PATCH /candidates/{id}", {
      caller: coach,
      params: { id },
      headers: { "if-match": `"${version}"` },
      body: { exit: { date: "2026-03-01", reason: "moved" } },
    });
    expect(exited.body.expiresAt).toBe("2026-10-01T00:00:00.000Z");
    deps.setNow(new Date("2026-09-02T09:00:00Z"));
    const followup = await short.call("candidates", "POST /candidates/{id}/milestones", {
      caller: coach,
      params: { id },
      body: { type: "followup.sixMonths", date: "2026-09-01", status: "not-employed" },
    });
    expect(followup.status).toBe(201);
    // Recorded: exit + 3 months has passed, so the 30 days from the write stand.
    expect((await get()).expiresAt).toBe("2026-10-02T09:00:00.000Z");
  }, 60_000);
});
