import { DeleteCommand, GetCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { notificationRoutes } from "../../functions/notifications/routes.ts";
import { streamPoller } from "../../local/stream-poller.ts";
import { expiryCompletion } from "../../shared/app/expiry-completion.ts";
import { candidateKey, referralKey } from "../../shared/db/keys.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { testDeps, withErasureLog } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";
import { coach, employer, provider, referralWorld } from "../support/referral-world.ts";
import { drainStream } from "../support/stream.ts";

/*
 * DynamoDB's TTL deletes a candidate's items one by one, in any order, with no erasure around
 * them. The change stream completes what an erasure does (here TTL is played by plain deletes).
 */
let world: Awaited<ReturnType<typeof referralWorld>>;
let inbox: ReturnType<typeof dispatch>;

beforeAll(async () => {
  world = await referralWorld(await withErasureLog(await testDeps(undefined, undefined, { stream: true })));
  inbox = dispatch(notificationRoutes(world.deps));
  for (const caller of [coach, employer, provider])
    expect((await invoke(inbox, "GET /notifications", { caller })).status).toBe(200);
}, 180_000);

const withdrawnNotices = async (caller: Caller) =>
  ((await invoke(inbox, "GET /notifications", { caller })).body.items as { type: string; text: string }[])
    .filter((n) => n.type === "referral.withdrawn")
    .map((n) => n.text);
const settle = async () => {
  while ((await drainStream(world.deps)) > 0);
};
const ttlDeletes = (key: { PK: string; SK: string }) =>
  world.deps.db.send(new DeleteCommand({ TableName: world.deps.tableName, Key: key }));
const seatsOf = async (placeId: string) =>
  (await world.call("places", "GET /mentoring-places/{id}", { caller: employer, params: { id: placeId } }))
    .body.acceptedCount as number;
const everything = async () =>
  JSON.stringify(
    (await world.deps.db.send(new ScanCommand({ TableName: world.deps.tableName }))).Items ?? [],
  );

describe("a candidate whose retention ran out", () => {
  it("its item gone: everything else erased, seats back, partners told, the erasure logged", async () => {
    const place = await world.place({ title: "Station 6 Ablauf", capacity: 1 });
    const course = await world.offer({ title: "Kurs Ablauf" });
    const candidate = await world.candidate({ reference: "OWL-2026-0801" });
    const onPlace = await world.propose(candidate.id, place.id);
    expect((await world.act(onPlace.body.id, "accept", employer)).status).toBe(200);
    expect((await world.proposeOffer(candidate.id, course.id)).status).toBe(201);
    await settle();
    expect(await seatsOf(place.id)).toBe(1);

    await ttlDeletes(candidateKey(candidate.id));
    await settle();
    expect(await seatsOf(place.id)).toBe(0);
    expect(await withdrawnNotices(employer)).toEqual([
      "Eine angenommene Vermittlung für Ihren Mentoringplatz „Station 6 Ablauf“ wurde zurückgezogen; der Platz ist wieder frei.",
    ]);
    expect(await withdrawnNotices(provider)).toEqual([
      "Ein Vorschlag für Ihr Qualifizierungsangebot „Kurs Ablauf“ wurde zurückgezogen.",
    ]);
    const stored = await everything();
    expect(stored).not.toContain(candidate.id);
    expect(stored).not.toContain("OWL-2026-0801");
    const { Item } = await world.deps.db.send(
      new GetCommand({ TableName: world.deps.erasureLogTable, Key: { candidateId: candidate.id } }),
    );
    expect(Item).toMatchObject({ candidateId: candidate.id, org: "mozaik", how: "expired" });
    expect(Object.keys(Item ?? {}).sort()).toEqual([
      "candidateId",
      "erasedAt",
      "expiresAtEpoch",
      "how",
      "org",
    ]);
  }, 120_000);

  it("an accepted referral gone first: its seat back once, however often the stream delivers it", async () => {
    const place = await world.place({ title: "Station 7 Ablauf", capacity: 2 });
    const [first, second] = [await world.candidate(), await world.candidate()];
    const referrals = [await world.propose(first.id, place.id), await world.propose(second.id, place.id)];
    for (const r of referrals) expect((await world.act(r.body.id, "accept", employer)).status).toBe(200);
    await settle();
    expect(await seatsOf(place.id)).toBe(2);

    await ttlDeletes(referralKey(referrals[0]?.body.id));
    await settle();
    expect(await seatsOf(place.id)).toBe(1);
    expect(await withdrawnNotices(employer)).toContain(
      "Eine angenommene Vermittlung für Ihren Mentoringplatz „Station 7 Ablauf“ wurde zurückgezogen; der Platz ist wieder frei.",
    );
    // Every record of the table delivered again: the seat is not given back a second time.
    const replayed = await streamPoller({
      deps: world.deps,
      endpoint: inject("dynamoEndpoint"),
      reactions: [expiryCompletion],
    }).drain();
    expect(replayed).toBeGreaterThan(0);
    expect(await seatsOf(place.id)).toBe(1);
  }, 120_000);
});
