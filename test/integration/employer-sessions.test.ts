import { QueryCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { eraseEmployer } from "../../shared/app/employer-erasure.ts";
import type { Employer } from "../../shared/schemas/employer.ts";
import type { Deps } from "../../shared/runtime.ts";
import { testDeps } from "../support/db.ts";
import { coachOf, employerBody, employerWorld, ORGS } from "../support/employer-world.ts";

let deps: Deps & { setNow(d: Date): void };
let world: Awaited<ReturnType<typeof employerWorld>>;
const coach = coachOf(ORGS.leipzig.org, "coach-anna");
const colleague = coachOf(ORGS.leipzig.org, "coach-ben");
const paths = (body: unknown) => ((body as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);
const session = (overrides: Record<string, unknown> = {}) => ({
  date: "2026-11-20",
  format: "on-site",
  minutes: 90,
  topics: ["recognition", "onboarding"],
  note: "Geschäftsführung offen für Anpassungsqualifizierung",
  ...overrides,
});
const employerBodyWith = (name: string) => employerBody({ name });
const measure = (overrides: Record<string, unknown> = {}) => ({
  title: "Patenschaften im Team benennen",
  topic: "onboarding",
  due: "2026-12-15",
  ...overrides,
});

const partition = async (id: string) =>
  (
    await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: "PK = :pk",
        ExpressionAttributeValues: { ":pk": `EMPL#${id}` },
      }),
    )
  ).Items ?? [];

const figureEvents = async (month: string) =>
  (
    await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: "PK = :pk",
        ExpressionAttributeValues: { ":pk": `EMPSTAT#${month}` },
      }),
    )
  ).Items ?? [];

beforeAll(async () => {
  deps = await testDeps();
  world = await employerWorld(deps);
}, 30_000);

describe("sessions", () => {
  it("records a session and lists the employer's sessions newest first", async () => {
    const id = await world.create(coach);
    const params = { id };
    const first = await world.call("POST /employers/{id}/sessions", {
      caller: coach,
      params,
      body: session(),
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ employerId: id, ...session(), recordedBy: "coach-anna", version: 1 });
    await world.call("POST /employers/{id}/sessions", {
      caller: colleague,
      params,
      body: session({
        date: "2026-11-21",
        format: "phone",
        minutes: 15,
        topics: ["funding"],
        note: undefined,
      }),
    });
    const list = await world.call("GET /employers/{id}/sessions", { caller: coach, params });
    const items = (list.body as { items: { date: string; recordedBy: string }[] }).items;
    expect(items.map((s) => [s.date, s.recordedBy])).toEqual([
      ["2026-11-21", "coach-ben"],
      ["2026-11-20", "coach-anna"],
    ]);
  });

  it.each([
    ["no minutes", { minutes: 0 }, "minutes"],
    ["negative minutes", { minutes: -30 }, "minutes"],
    ["more than a day", { minutes: 1441 }, "minutes"],
    ["fractional minutes", { minutes: 12.5 }, "minutes"],
    ["no topic", { topics: [] }, "topics"],
    ["a topic twice", { topics: ["funding", "funding"] }, "topics"],
    ["an unknown topic", { topics: ["funding", "golf"] }, "topics[1]"],
    ["an unknown format", { format: "letter" }, "format"],
    ["a date that is none", { date: "2026-13-01" }, "date"],
  ])("refuses %s with 400 naming the field, writing nothing", async (_, overrides, path) => {
    const id = await world.create(coach, { name: "Prüfstand KG" });
    const res = await world.call("POST /employers/{id}/sessions", {
      caller: coach,
      params: { id },
      body: session(overrides),
    });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual([path]);
    expect((await partition(id)).filter((i) => String(i.SK).startsWith("SESS#"))).toEqual([]);
  });

  it("counts a session without its note, and uncounts it when deleted (If-Match)", async () => {
    const id = await world.create(coach, { name: "Notizbetrieb" });
    const created = await world.call("POST /employers/{id}/sessions", {
      caller: coach,
      params: { id },
      body: session({ date: "2026-10-05", note: "Vertraulich: Umstrukturierung" }),
    });
    const sessionId = (created.body as { id: string }).id;
    const counted = (await figureEvents("2026-10")).filter((e) => String(e.SK).endsWith(`#S#${sessionId}`));
    expect(counted).toHaveLength(1);
    expect(counted[0]).toMatchObject({
      kind: "session",
      district: "14713",
      topics: ["recognition", "onboarding"],
    });
    expect(JSON.stringify(counted)).not.toMatch(/Vertraulich|Notizbetrieb|Anna|iq-leipzig#EMPL/);
    const params = { id, sessionId };
    const stale = await world.call("DELETE /employers/{id}/sessions/{sessionId}", {
      caller: coach,
      params,
      headers: { "if-match": '"2"' },
    });
    expect(stale.status).toBe(412);
    const removed = await world.call("DELETE /employers/{id}/sessions/{sessionId}", {
      caller: coach,
      params,
      headers: { "if-match": '"1"' },
    });
    expect(removed.status).toBe(204);
    expect((await figureEvents("2026-10")).filter((e) => String(e.SK).endsWith(`#S#${sessionId}`))).toEqual(
      [],
    );
    const list = await world.call("GET /employers/{id}/sessions", { caller: coach, params: { id } });
    expect(list.body).toEqual({ items: [] });
  });
});

describe("measures", () => {
  it("agrees a measure (its adviser the coach), lists it by due date with `overdue`, sets its status", async () => {
    const id = await world.create(coach, { name: "Maßnahmen GmbH" });
    const params = { id };
    const late = await world.call("POST /employers/{id}/measures", {
      caller: coach,
      params,
      body: measure({ due: "2026-11-22", title: "Leitbild überarbeiten" }),
    });
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ status: "agreed", adviser: "coach-anna", overdue: true, version: 1 });
    await world.call("POST /employers/{id}/measures", { caller: colleague, params, body: measure() });
    const list = await world.call("GET /employers/{id}/measures", { caller: coach, params });
    const items = (list.body as { items: { due: string; adviser: string; overdue: boolean }[] }).items;
    expect(items.map((m) => [m.due, m.adviser, m.overdue])).toEqual([
      ["2026-11-22", "coach-anna", true],
      ["2026-12-15", "coach-ben", false],
    ]);
    const measureId = (late.body as { id: string }).id;
    const done = await world.call("PATCH /employers/{id}/measures/{measureId}", {
      caller: colleague,
      params: { id, measureId },
      body: { status: "done" },
      headers: { "if-match": '"1"' },
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: "done", overdue: false, version: 2, adviser: "coach-anna" });
    const doneEvents = (await figureEvents("2026-11")).filter((e) =>
      String(e.SK).endsWith(`#D#${measureId}`),
    );
    expect(doneEvents).toHaveLength(1);
    const reopened = await world.call("PATCH /employers/{id}/measures/{measureId}", {
      caller: coach,
      params: { id, measureId },
      body: { status: "in-progress", due: "2027-01-31" },
      headers: { "if-match": '"2"' },
    });
    expect(reopened.body).toMatchObject({ status: "in-progress", due: "2027-01-31", version: 3 });
    expect((await figureEvents("2026-11")).filter((e) => String(e.SK).endsWith(`#D#${measureId}`))).toEqual(
      [],
    );
  });

  it.each([
    ["an unknown status", { status: "paused" }, "status"],
    ["no status", { title: "Nur Titel" }, "status"],
    ["a due date that is none", { status: "agreed", due: "morgen" }, "due"],
  ])("refuses %s with 400 naming the field", async (_, body, path) => {
    const id = await world.create(coach, { name: "Statusprüfung AG" });
    const created = await world.call("POST /employers/{id}/measures", {
      caller: coach,
      params: { id },
      body: measure(),
    });
    const res = await world.call("PATCH /employers/{id}/measures/{measureId}", {
      caller: coach,
      params: { id, measureId: (created.body as { id: string }).id },
      body,
      headers: { "if-match": '"1"' },
    });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual([path]);
  });

  it("refuses an unknown topic when agreeing", async () => {
    const id = await world.create(coach, { name: "Themenprüfung AG" });
    const res = await world.call("POST /employers/{id}/measures", {
      caller: coach,
      params: { id },
      body: measure({ topic: "golf" }),
    });
    expect(paths(res.body)).toEqual(["topic"]);
  });
});

describe("erasing an employer record", () => {
  it("removes the record, its contact, words, sessions and measures; the counts stay", async () => {
    const id = await world.create(coach, { name: "Löschbetrieb Leipzig" });
    const params = { id };
    await world.call("POST /employers/{id}/sessions", {
      caller: coach,
      params,
      body: session({ date: "2026-09-10" }),
    });
    await world.call("POST /employers/{id}/measures", { caller: coach, params, body: measure() });
    const countedBefore = (await figureEvents("2026-09")).length;
    expect((await partition(id)).length).toBeGreaterThan(3);
    const stale = await world.call("DELETE /employers/{id}", {
      caller: coach,
      params,
      headers: { "if-match": '"9"' },
    });
    expect(stale.status).toBe(412);
    const erased = await world.call("DELETE /employers/{id}", {
      caller: coach,
      params,
      headers: { "if-match": '"1"' },
    });
    expect(erased.status).toBe(204);
    expect(await partition(id)).toEqual([]);
    expect((await world.call("GET /employers/{id}", { caller: coach, params })).status).toBe(404);
    expect((await world.call("GET /employers/{id}/sessions", { caller: coach, params })).status).toBe(404);
    const found = await world.call("GET /employers", { caller: coach, query: "q=löschbetrieb" });
    expect(found.body).toEqual({ items: [] });
    expect((await figureEvents("2026-09")).length).toBe(countedBefore);
    expect(JSON.stringify(await figureEvents("2026-09"))).not.toMatch(/Löschbetrieb|Anna|Geschäftsführung/);
  });

  it("erases the stored answers of its idempotent requests (they hold the contact and the notes)", async () => {
    const headers = { "idempotency-key": "erase-me-1" };
    const body = employerBodyWith("Antwortbetrieb");
    const created = await world.call("POST /employers", { caller: coach, body, headers });
    const id = (created.body as { id: string }).id;
    await world.call("POST /employers/{id}/sessions", {
      caller: coach,
      params: { id },
      body: session({ note: "Notiz im Antwortspeicher" }),
      headers: { "idempotency-key": "erase-me-2" },
    });
    const stored = async () =>
      JSON.stringify(
        (
          await deps.db.send(
            new ScanCommand({
              TableName: deps.tableName,
              FilterExpression: "begins_with(PK, :idem)",
              ExpressionAttributeValues: { ":idem": "IDEM#" },
            }),
          )
        ).Items ?? [],
      );
    expect(await stored()).toContain("Notiz im Antwortspeicher");
    expect(await stored()).toContain("Antwortbetrieb");
    await world.call("DELETE /employers/{id}", {
      caller: coach,
      params: { id },
      headers: { "if-match": '"1"' },
    });
    expect(await stored()).not.toMatch(/Antwortbetrieb|Notiz im Antwortspeicher|Anna Beispiel/);
  });

  it("runs the erasure steps with the record, and a second DELETE finishes one that stopped midway", async () => {
    const id = await world.create(coach, { name: "Abbruch GmbH" });
    const seen: Employer[] = [];
    const failing = async () => {
      throw new Error("step failed");
    };
    await expect(
      eraseEmployer(deps, { sub: "coach-anna", org: "iq-leipzig", roles: ["coach"] }, id, () => {}, [
        failing,
      ]),
    ).rejects.toThrow("step failed");
    expect((await world.call("GET /employers/{id}", { caller: coach, params: { id } })).status).toBe(404);
    await eraseEmployer(
      deps,
      { sub: "coach-anna", org: "iq-leipzig", roles: ["coach"] },
      id,
      (current) => {
        expect(current).toBeUndefined();
      },
      [async (_d, employer) => void seen.push(employer)],
    );
    expect(seen.map((e) => e.name)).toEqual(["Abbruch GmbH"]);
    expect(await partition(id)).toEqual([]);
  });

  it("a session racing the erasure is either refused (404) or erased with the record", async () => {
    for (let round = 0; round < 3; round++) {
      const id = await world.create(coach, { name: `Wettlauf ${round}` });
      const params = { id };
      const [recorded, erased] = await Promise.all([
        world.call("POST /employers/{id}/sessions", { caller: coach, params, body: session() }),
        world.call("DELETE /employers/{id}", { caller: coach, params, headers: { "if-match": '"1"' } }),
      ]);
      expect(erased.status).toBe(204);
      expect([201, 404]).toContain(recorded.status);
      expect(await partition(id)).toEqual([]);
    }
  });
});
