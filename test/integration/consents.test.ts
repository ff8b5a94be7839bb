import { GetCommand, QueryCommand, ScanCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { notificationRoutes } from "../../functions/notifications/routes.ts";
import { CURRENT_NOTICE_VERSION } from "../../shared/domain/consent.ts";
import { candidateKey, candidatePartition } from "../../shared/db/keys.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { testDeps, withErasureLog } from "../support/db.ts";
import { invoke } from "../support/events.ts";
import { candidateInput, consentInput } from "../support/fixtures.ts";
import { coach, employer, provider, referralWorld } from "../support/referral-world.ts";
import { drainStream } from "../support/stream.ts";

/*
 * Consent (issue 30): recorded per scope with the notice's version, date and language; no referral
 * without `share-profile`; withdrawing it withdraws the open referrals, withdrawing `store` erases
 * the candidate, withdrawing `esf-data` removes the ESF Plus data. Bad input changes nothing.
 */
let world: Awaited<ReturnType<typeof referralWorld>>;
const TODAY = "2026-11-23";

beforeAll(async () => {
  world = await referralWorld(await withErasureLog(await testDeps(undefined, undefined, { stream: true })));
  // The partners have profiles: notices reach their inboxes.
  for (const caller of [employer, provider])
    await world.call("organisations", "PUT /me", { caller, body: { email: `${caller.sub}@example.org` } });
}, 180_000);

/** A candidate without any consent (as saved before consents existed, or before the coach asked). */
const bare = async () =>
  (await world.call("candidates", "POST /candidates", { caller: coach, body: candidateInput() })).body as {
    id: string;
    version: number;
  };
const read = async (id: string) =>
  world.call("candidates", "GET /candidates/{id}", { caller: coach, params: { id } });
const consent = (id: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  world.call("candidates", "POST /candidates/{id}/consents", {
    caller: coach,
    params: { id },
    body,
    headers,
  });
const withdraw = (id: string, scope: string, version: number | string, date?: string) =>
  world.call("candidates", "DELETE /candidates/{id}/consents/{scope}", {
    caller: coach,
    params: { id, scope },
    headers: { "if-match": typeof version === "number" ? `"${version}"` : version },
    ...(date === undefined ? {} : { query: `date=${date}` }),
  });
const history = async (id: string) =>
  (await world.call("candidates", "GET /candidates/{id}/export", { caller: coach, params: { id } })).body
    .consentHistory as { scope: string; action: string; date: string }[];
const partition = async (id: string) =>
  (
    await world.deps.db.send(
      new QueryCommand({
        TableName: world.deps.tableName,
        KeyConditionExpression: "PK = :pk",
        ExpressionAttributeValues: { ":pk": candidatePartition(id) },
      }),
    )
  ).Items ?? [];
const referralsOf = async (candidateId: string) =>
  (
    await world.call("referrals", "GET /referrals", {
      caller: coach,
      query: `candidateId=${candidateId}&limit=100`,
    })
  ).body.items as { id: string; status: string }[];

describe("recording consent", () => {
  it("records each scope with version, date and language; the export keeps the history", async () => {
    const { id } = await bare();
    const res = await consent(
      id,
      consentInput({ date: "2026-11-20", scopes: ["store", "esf-data"], language: "ar" }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.body.consents).toEqual([
      {
        scope: "store",
        version: CURRENT_NOTICE_VERSION,
        date: "2026-11-20",
        language: "ar",
        recordedAt: "2026-11-23T10:00:00.000Z",
      },
      {
        scope: "esf-data",
        version: CURRENT_NOTICE_VERSION,
        date: "2026-11-20",
        language: "ar",
        recordedAt: "2026-11-23T10:00:00.000Z",
      },
    ]);
    expect((await read(id)).body.consents).toEqual(res.body.consents);

    // Withdrawn, then given again: active once more; the history has all three steps.
    expect((await withdraw(id, "esf-data", 2, "2026-11-21")).status).toBe(204);
    const again = await consent(id, consentInput({ date: TODAY, scopes: ["esf-data"], language: "uk" }));
    expect(again.body.consents).toEqual([
      expect.objectContaining({ scope: "store", language: "ar" }),
      expect.objectContaining({ scope: "esf-data", date: TODAY, language: "uk" }),
    ]);
    expect(again.body.consents[1]).not.toHaveProperty("withdrawn");
    expect((await history(id)).map(({ scope, action, date }) => `${scope} ${action} ${date}`)).toEqual([
      "esf-data given 2026-11-20",
      "store given 2026-11-20",
      "esf-data withdrawn 2026-11-21",
      "esf-data given 2026-11-23",
    ]);
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const { id } = await bare();
    const cases: [Record<string, unknown>, string][] = [
      [consentInput({ version: "2020-01" }), "version"],
      [consentInput({ scopes: ["store", "share-everything"] }), "scopes[1]"],
      [consentInput({ scopes: [] }), "scopes"],
      [consentInput({ scopes: ["store", "store"] }), "scopes"],
      [consentInput({ date: "2026-11-24" }), "date"],
      [consentInput({ language: "xx" }), "language"],
    ];
    for (const [body, path] of cases) {
      const res = await consent(id, body);
      expect(res.status, path).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    }
    expect((await read(id)).body).toMatchObject({ version: 1, consents: [] });
    expect(await history(id)).toEqual([]);
  });

  it("answers a retry with the same Idempotency-Key as the first time, recording once", async () => {
    const { id } = await bare();
    const key = { "idempotency-key": "einwilligung-1" };
    const [first, second] = await Promise.all([
      consent(id, consentInput(), key),
      consent(id, consentInput(), key),
    ]);
    expect(first.body).toEqual(second.body);
    expect((await read(id)).body.version).toBe(2);
    expect(await history(id)).toHaveLength(2);
  });

  it("takes another organisation's candidate for a missing one", async () => {
    const { id } = await bare();
    const res = await world.call("candidates", "POST /candidates/{id}/consents", {
      caller: { ...coach, org: "iq-sued" },
      params: { id },
      body: consentInput(),
    });
    expect(res.status).toBe(404);
  });
});

describe("no referral without share-profile", () => {
  it("answers 409 naming candidateId and writes nothing", async () => {
    const place = await world.place({ title: "Station ohne Einwilligung" });
    const { id } = await bare();
    await consent(id, consentInput({ scopes: ["store", "share-contact-after-acceptance"] }));
    const before = await partition(id);
    const res = await world.propose(id, place.id);
    expect(res.status).toBe(409);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.body.detail).toMatch(/Einwilligung/);
    expect(res.body.errors).toEqual([
      { path: "candidateId", message: expect.stringMatching(/Einwilligung/) },
    ]);
    expect(await referralsOf(id)).toEqual([]);
    expect(await partition(id)).toEqual(before);
    const after = await world.call("places", "GET /mentoring-places/{id}", {
      caller: employer,
      params: { id: place.id },
    });
    expect(after.body.acceptedCount).toBe(0);
    // With the consent the same proposal passes.
    await consent(id, consentInput({ scopes: ["share-profile"] }));
    expect((await world.propose(id, place.id)).status).toBe(201);
  });
});

describe("withdrawing a scope", () => {
  const settle = async () => {
    while ((await drainStream(world.deps)) > 0);
  };

  it("share-profile: withdraws the open referrals, gives the seats back and tells the partners", async () => {
    const place = await world.place({ title: "Station Widerruf", capacity: 1 });
    const course = await world.offer({ title: "Kurs Widerruf", seats: 1 });
    const asked = await world.place({ title: "Station Widerruf offen" });
    const candidate = await world.candidate();
    const accepted = await world.propose(candidate.id, place.id);
    const onCourse = await world.proposeOffer(candidate.id, course.id);
    const proposed = await world.propose(candidate.id, asked.id);
    await world.act(accepted.body.id, "accept", employer);
    await world.act(onCourse.body.id, "accept", provider);
    await settle();

    const { version } = (await read(candidate.id)).body;
    expect((await withdraw(candidate.id, "share-profile", version)).status).toBe(204);
    expect((await referralsOf(candidate.id)).map((r) => r.status)).toEqual([
      "withdrawn",
      "withdrawn",
      "withdrawn",
    ]);
    expect(proposed.status).toBe(201);
    for (const [group, id, caller] of [
      ["places", place.id, employer],
      ["offers", course.id, provider],
    ] as const) {
      const route = group === "places" ? "GET /mentoring-places/{id}" : "GET /qualification-offers/{id}";
      expect((await world.call(group, route, { caller, params: { id } })).body.acceptedCount).toBe(0);
    }
    await settle();
    const inbox = dispatch(notificationRoutes(world.deps));
    const withdrawn = [employer, provider].map(async (caller) =>
      ((await invoke(inbox, "GET /notifications", { caller })).body.items as { type: string; text: string }[])
        .filter((n) => n.type === "referral.withdrawn")
        .map((n) => n.text),
    );
    const texts = (await Promise.all(withdrawn)).flat();
    expect(texts).toHaveLength(3);
    for (const text of texts) expect(text).not.toContain(candidate.reference);

    // No new proposal without the consent; the current state says withdrawn, with its date.
    expect((await world.propose(candidate.id, asked.id)).status).toBe(409);
    const shared = (await read(candidate.id)).body.consents.find(
      (c: { scope: string }) => c.scope === "share-profile",
    );
    expect(shared.withdrawn).toEqual({ date: TODAY, recordedAt: "2026-11-23T10:00:00.000Z" });
  });

  it("store: erases the candidate with everything, logged as `consent`", async () => {
    const place = await world.place({ title: "Station Löschung durch Widerruf", capacity: 1 });
    const candidate = await world.candidate();
    const referral = await world.propose(candidate.id, place.id);
    await world.act(referral.body.id, "accept", employer);
    const res = await withdraw(candidate.id, "store", candidate.version);
    expect(res.status).toBe(204);
    expect((await read(candidate.id)).status).toBe(404);
    expect(await partition(candidate.id)).toEqual([]);
    const placeNow = await world.call("places", "GET /mentoring-places/{id}", {
      caller: employer,
      params: { id: place.id },
    });
    expect(placeNow.body.acceptedCount).toBe(0);
    const everything = JSON.stringify(
      (await world.deps.db.send(new ScanCommand({ TableName: world.deps.tableName }))).Items,
    );
    expect(everything).not.toContain(candidate.id);
    expect(everything).not.toContain(candidate.reference);
    const logged = await world.deps.db.send(
      new GetCommand({ TableName: world.deps.erasureLogTable ?? "", Key: { candidateId: candidate.id } }),
    );
    expect(logged.Item).toMatchObject({ candidateId: candidate.id, org: "mozaik", how: "consent" });
  });

  it("esf-data: removes the ESF Plus data in the same write", async () => {
    const { id } = await bare();
    await consent(id, consentInput({ scopes: ["store", "esf-data"] }));
    // The ESF Plus data as the participation routes store it on the candidate.
    await world.deps.db.send(
      new UpdateCommand({
        TableName: world.deps.tableName,
        Key: candidateKey(id),
        UpdateExpression: "SET esf = :esf",
        ExpressionAttributeValues: { ":esf": { ageBand: "25-54", gender: "female" } },
      }),
    );
    expect(await withdraw(id, "esf-data", 2, "2026-11-22")).toMatchObject({ status: 204 });
    const { Item } = await world.deps.db.send(
      new GetCommand({ TableName: world.deps.tableName, Key: candidateKey(id) }),
    );
    expect(Item).not.toHaveProperty("esf");
    expect(Item?.version).toBe(3);
  });

  it("refuses what cannot be withdrawn, naming the field, and changes nothing", async () => {
    const { id } = await bare();
    await consent(id, consentInput({ date: "2026-11-20", scopes: ["store", "share-profile"] }));
    expect((await withdraw(id, "everything", 2)).body.errors).toEqual([
      { path: "scope", message: expect.any(String) },
    ]);
    const never = await withdraw(id, "esf-data", 2);
    expect(never.status).toBe(409);
    expect(never.body.errors).toEqual([{ path: "scope", message: expect.any(String) }]);
    const future = await withdraw(id, "share-profile", 2, "2026-11-24");
    expect(future.status).toBe(400);
    expect(future.body.errors.map((e: { path: string }) => e.path)).toEqual(["date"]);
    const malformed = await withdraw(id, "share-profile", 2, "morgen");
    expect(malformed.body.errors.map((e: { path: string }) => e.path)).toEqual(["query.date"]);
    const early = await world.call("candidates", "DELETE /candidates/{id}/consents/{scope}", {
      caller: coach,
      params: { id, scope: "share-profile" },
      query: "date=2026-11-19",
      headers: { "if-match": '"2"' },
    });
    expect(early.status).toBe(400);
    expect(early.body.errors.map((e: { path: string }) => e.path)).toEqual(["date"]);
    expect((await withdraw(id, "share-profile", 9)).status).toBe(412);
    const missing = await world.call("candidates", "DELETE /candidates/{id}/consents/{scope}", {
      caller: coach,
      params: { id, scope: "share-profile" },
    });
    expect(missing.status).toBe(428);
    expect((await read(id)).body).toMatchObject({ version: 2 });
    expect(await history(id)).toHaveLength(2);

    // Done once; a repeat (stale If-Match from the first try) only finishes the effects.
    expect((await withdraw(id, "share-profile", 2)).status).toBe(204);
    expect((await withdraw(id, "share-profile", 2)).status).toBe(204);
    expect((await read(id)).body.version).toBe(3);
    expect(await history(id)).toHaveLength(3);
  });
});
