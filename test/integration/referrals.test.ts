import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
} from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referralRoutes } from "../../functions/referrals/routes.ts";
import { findMatches } from "../../shared/app/find-matches.ts";
import { listingKey, referralKey } from "../../shared/db/keys.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { pool } from "../reliability/support/pool.ts";
import { type Caller, invoke } from "../support/events.ts";
import { type DynamoDbLocal, startDynamoDbLocal } from "../../local/dynamodb-local.ts";
import { testDeps } from "../support/db.ts";
import { coach, employer, referralWorld } from "../support/referral-world.ts";

let world: Awaited<ReturnType<typeof referralWorld>>;
const ids = (list: { id: string }[]) => list.map((r) => r.id);

// The seat race sends 200 transactions at once: on its own DynamoDB Local it stalls no other file.
// (The emulator works through transactions one at a time.)
let dynamo: DynamoDbLocal | undefined;
beforeAll(async () => {
  dynamo = await startDynamoDbLocal();
  world = await referralWorld(await testDeps(undefined, dynamo.endpoint));
}, 180_000);
afterAll(() => dynamo?.stop());

const gueterslohMatch = (placeTitle: string) =>
  findMatches(
    world.deps,
    { occupation: "81302", point: { lat: 51.9, lon: 8.38 }, radiusKm: 50, languages: [] },
    { kinds: ["place"], limit: 100 },
  ).then((r) => r.places.some((m) => m.item.title === placeTitle));

describe("referrals: seats", () => {
  let place: { id: string };
  let referrals: { status: number; body: { id: string } }[];

  // Setup, not the claim under test: a few at a time, in its own hook, so a busy machine cannot fail it.
  beforeAll(async () => {
    place = await world.place({ capacity: 3, title: "Drei Plätze" });
    const candidates = await pool(
      Array.from({ length: 200 }, (_, i) => i),
      8,
      (i) => world.candidate({ reference: `K-${i}` }),
    );
    referrals = await pool(candidates, 8, (c) => world.propose(c.id, place.id));
  }, 600_000);

  it("never oversells a place: 200 concurrent accepts for 3 seats", async () => {
    expect(referrals.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);

    // Sent again while answered 503, as a client does: what counts is how each is decided.
    const answers = await Promise.all(referrals.map((r) => world.actDecided(r.body.id, "accept", employer)));
    const accepted = answers.filter((a) => a.status === 200);
    expect(accepted).toHaveLength(3);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(197);
    expect(
      answers.every(
        (a) => a.status === 200 || a.headers["content-type"]?.toString().includes("problem+json"),
      ),
    ).toBe(true);

    const stored = await world.call("places", "GET /mentoring-places/{id}", {
      caller: employer,
      params: { id: place.id },
    });
    expect(stored.body.acceptedCount).toBe(3);
    expect(await gueterslohMatch("Drei Plätze")).toBe(false);

    // Withdrawing an accepted referral frees the seat in the same transaction.
    const withdrawn = await world.act(accepted[0]?.body.id, "withdraw", coach);
    expect(withdrawn.status).toBe(200);
    expect(await gueterslohMatch("Drei Plätze")).toBe(true);
    const waiting = referrals.find((r) => !accepted.some((a) => a.body.id === r.body.id));
    expect((await world.act(waiting?.body.id ?? "", "accept", employer)).status).toBe(200);
    const after = await world.call("places", "GET /mentoring-places/{id}", {
      caller: employer,
      params: { id: place.id },
    });
    expect(after.body.acceptedCount).toBe(3);
  }, 300_000);
});

describe("referrals", () => {
  it("creates one referral for 50 concurrent POSTs with one Idempotency-Key", async () => {
    const place = await world.place();
    const candidate = await world.candidate();
    const post = () =>
      world.call("referrals", "POST /referrals", {
        caller: coach,
        headers: { "idempotency-key": "same-key-50" },
        body: { candidateId: candidate.id, placeId: place.id },
      });
    const answers = await Promise.all(Array.from({ length: 50 }, post));
    const created = new Set(answers.filter((a) => a.status === 201).map((a) => a.body.id));
    expect(created.size).toBe(1);
    expect(answers.every((a) => a.status < 500)).toBe(true);
    const list = await world.call("referrals", "GET /referrals", {
      caller: coach,
      query: `candidateId=${candidate.id}`,
    });
    expect(list.body.items).toHaveLength(1);

    const otherBody = await world.call("referrals", "POST /referrals", {
      caller: coach,
      headers: { "idempotency-key": "same-key-50" },
      body: { candidateId: candidate.id, placeId: place.id, message: "anders" },
    });
    expect(otherBody.status).toBe(422);
  });

  it("allows only valid transitions, by the right side", async () => {
    const place = await world.place();
    const candidate = await world.candidate();
    const { body: referral } = await world.propose(candidate.id, place.id);
    expect((await world.propose(candidate.id, place.id)).status).toBe(409);
    expect((await world.act(referral.id, "accept", coach)).status).toBe(403);
    expect((await world.act(referral.id, "withdraw", employer)).status).toBe(403);
    const declined = await world.act(referral.id, "decline", employer);
    expect(declined.status).toBe(200);
    expect(declined.body.history.map((h: { status: string }) => h.status)).toEqual(["proposed", "declined"]);
    expect(declined.body.history[1]).not.toHaveProperty("by");
    expect((await world.act(referral.id, "accept", employer)).status).toBe(409);
    // Declined: the candidate may be proposed to the place again.
    expect((await world.propose(candidate.id, place.id)).status).toBe(201);
  });

  it("shows the employer a pseudonymous profile only", async () => {
    const place = await world.place();
    const candidate = await world.candidate({ reference: "GEHEIM-123" });
    const { body: referral } = await world.propose(candidate.id, place.id);
    const incoming = await world.call("referrals", "GET /referrals", {
      caller: employer,
      query: `placeId=${place.id}`,
    });
    const seen = incoming.body.items.find((r: { id: string }) => r.id === referral.id);
    expect(seen.profile).toEqual({
      occupation: "81302",
      germanLevel: "B1",
      languages: ["ar"],
      availableFrom: "2026-12-01",
      district: { code: "05754", name: "Kreis Gütersloh" },
    });
    const text = JSON.stringify(incoming.body);
    expect(text).not.toContain("GEHEIM-123");
    expect(text).not.toContain(candidate.id);
    expect(text).not.toContain(coach.sub);
  });

  it("keeps referrals from other organisations and roles: 404/403, no data", async () => {
    const place = await world.place();
    const candidate = await world.candidate({ reference: "FREMD-1" });
    const { body: referral } = await world.propose(candidate.id, place.id);
    const strangers: Caller[] = [
      { role: "coach", org: "andere-beratung" },
      { role: "employer", org: "anderer-betrieb" },
      { role: "provider", org: "pro-arbeit" },
    ];
    for (const caller of strangers) {
      for (const action of ["accept", "decline", "withdraw"] as const) {
        const res = await world.act(referral.id, action, caller);
        expect([403, 404]).toContain(res.status);
        expect(JSON.stringify(res.body)).not.toContain("FREMD-1");
      }
      const list = await world.call("referrals", "GET /referrals", { caller });
      expect([200, 403]).toContain(list.status);
      expect(JSON.stringify(list.body)).not.toContain(referral.id);
      const propose = await world.propose(candidate.id, place.id, caller);
      expect([400, 403]).toContain(propose.status);
    }
    const stillProposed = await world.call("referrals", "GET /referrals", {
      caller: coach,
      query: `placeId=${place.id}`,
    });
    expect(ids(stillProposed.body.items)).toContain(referral.id);
    expect(stillProposed.body.items[0].status).toBe("proposed");
  });

  it("retries a transaction conflict, then answers 503 problem+json, never 500", async () => {
    const place = await world.place();
    const candidate = await world.candidate();
    const { body: referral } = await world.propose(candidate.id, place.id);
    // The same handlers over a mocked client: reads answer with the stored items, every
    // transaction is cancelled by a conflict (DynamoDB Local never raises one).
    const stored = async (Key: Record<string, unknown>) =>
      (await world.deps.db.send(new GetCommand({ TableName: world.deps.tableName, Key }))).Item;
    const mocked = mockClient(DynamoDBDocumentClient.from(new DynamoDBClient({ region: "eu-central-1" })));
    // Names and the hand-off's contacts: none known.
    mocked.on(GetCommand).resolves({});
    mocked.on(BatchGetCommand).resolves({});
    mocked
      .on(GetCommand, { Key: referralKey(referral.id) })
      .resolves({ Item: await stored(referralKey(referral.id)) });
    mocked
      .on(GetCommand, { Key: listingKey("place", place.id) })
      .resolves({ Item: await stored(listingKey("place", place.id)) });
    mocked.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: "Transaction cancelled",
        $metadata: {},
        CancellationReasons: [{ Code: "TransactionConflict" }, { Code: "None" }],
      }),
    );
    const routes = dispatch(referralRoutes({ ...world.deps, db: mocked as unknown as typeof world.deps.db }));
    const res = await invoke(routes, "POST /referrals/{id}/accept", {
      caller: employer,
      params: { id: referral.id },
    });
    expect(res.status).toBe(503);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.body.detail).toMatch(/erneut versuchen/);
    expect(mocked.commandCalls(TransactWriteCommand).length).toBe(4);

    // Nothing was written: the real referral is still proposed and can be accepted.
    expect((await world.act(referral.id, "accept", employer)).status).toBe(200);
  });
  it("scopes an Idempotency-Key to its resource: the same key declines two referrals, each its own", async () => {
    const place = await world.place();
    const [a, b] = [await world.candidate(), await world.candidate()];
    const first = (await world.propose(a.id, place.id)).body;
    const second = (await world.propose(b.id, place.id)).body;
    const decline = (id: string) =>
      world.call("referrals", "POST /referrals/{id}/decline", {
        caller: employer,
        params: { id },
        headers: { "idempotency-key": "ein-schluessel" },
      });
    const one = await decline(first.id);
    const two = await decline(second.id);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect([one.body.id, two.body.id]).toEqual([first.id, second.id]);
    const list = await world.call("referrals", "GET /referrals", {
      caller: coach,
      query: `placeId=${place.id}`,
    });
    const status = Object.fromEntries(
      list.body.items.map((r: { id: string; status: string }) => [r.id, r.status]),
    );
    expect(status).toEqual({ [first.id]: "declined", [second.id]: "declined" });
    // On the same resource the key still replays.
    expect((await decline(second.id)).body).toEqual(two.body);
  });

  it("keeps a place with an accepted referral: no way back to draft (409 naming status), DELETE archives", async () => {
    const place = await world.place({ title: "Vergeben" });
    const candidate = await world.candidate();
    const referral = (await world.propose(candidate.id, place.id)).body;
    expect((await world.act(referral.id, "accept", employer)).status).toBe(200);
    const current = await world.call("places", "GET /mentoring-places/{id}", {
      caller: employer,
      params: { id: place.id },
    });
    const toDraft = await world.call("places", "PATCH /mentoring-places/{id}", {
      caller: employer,
      params: { id: place.id },
      headers: { "if-match": `"${current.body.version}"` },
      body: { status: "draft" },
    });
    expect(toDraft.status).toBe(409);
    expect(toDraft.headers["content-type"]).toContain("application/problem+json");
    expect(toDraft.body.errors.map((e: { path: string }) => e.path)).toEqual(["status"]);
    const removed = await world.call("places", "DELETE /mentoring-places/{id}", {
      caller: employer,
      params: { id: place.id },
      headers: { "if-match": `"${current.body.version}"` },
    });
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ status: "archived", acceptedCount: 1 });
    const still = await world.call("places", "GET /mentoring-places/{id}", {
      caller: employer,
      params: { id: place.id },
    });
    expect(still.body.status).toBe("archived");
    // A place whose referral was withdrawn has no seat taken: it may become a draft again.
    expect((await world.act(referral.id, "withdraw", coach)).status).toBe(200);
    const free = await world.call("places", "GET /mentoring-places/{id}", {
      caller: employer,
      params: { id: place.id },
    });
    const back = await world.call("places", "PATCH /mentoring-places/{id}", {
      caller: employer,
      params: { id: place.id },
      headers: { "if-match": `"${free.body.version}"` },
      body: { status: "draft" },
    });
    expect(back.status).toBe(200);
  });
});
