import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pool } from "../reliability/support/pool.ts";
import type { Caller } from "../support/events.ts";
import { type DynamoDbLocal, startDynamoDbLocal } from "../../local/dynamodb-local.ts";
import { testDeps } from "../support/db.ts";
import { coach, provider, referralWorld } from "../support/referral-world.ts";

let world: Awaited<ReturnType<typeof referralWorld>>;
const admin: Caller = { role: "admin", org: "iq-netzwerk", sub: "admin-1" };
const items = (res: { body: { items: { id: string }[] } }) => res.body.items;

// The seat race sends 200 transactions at once: on its own DynamoDB Local it stalls no other file.
// (The emulator works through transactions one at a time.)
let dynamo: DynamoDbLocal | undefined;
beforeAll(async () => {
  dynamo = await startDynamoDbLocal();
  world = await referralWorld(await testDeps(undefined, dynamo.endpoint));
}, 180_000);
afterAll(() => dynamo?.stop());

describe("referrals to qualification offers: seats", () => {
  let offer: { id: string };
  let referrals: { status: number; body: { id: string } }[];

  // Setup, not the claim under test: 200 candidates proposed to one offer, a few at a time.
  beforeAll(async () => {
    offer = await world.offer({ seats: 3, title: "Drei Kursplätze" });
    const candidates = await pool(
      Array.from({ length: 200 }, (_, i) => i),
      8,
      (i) => world.candidate({ reference: `KURS-${i}` }),
    );
    referrals = await pool(candidates, 8, (c) => world.proposeOffer(c.id, offer.id));
  }, 600_000);

  it("never confirms more than `seats`: 200 concurrent accepts for 3 seats, 197 × 409", async () => {
    expect(referrals.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    // Sent again while answered 503, as a client does: what counts is how each is decided.
    const answers = await Promise.all(referrals.map((r) => world.actDecided(r.body.id, "accept", provider)));
    const accepted = answers.filter((a) => a.status === 200);
    expect(accepted).toHaveLength(3);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(197);
    const stored = await world.call("offers", "GET /qualification-offers/{id}", {
      caller: provider,
      params: { id: offer.id },
    });
    expect(stored.body.acceptedCount).toBe(3);

    // The seats cannot shrink below the confirmed enrolments (400 naming seats).
    const shrink = await world.call("offers", "PATCH /qualification-offers/{id}", {
      caller: provider,
      params: { id: offer.id },
      headers: { "if-match": `"${stored.body.version}"` },
      body: { seats: 2 },
    });
    expect(shrink.status).toBe(400);
    expect(shrink.body.errors.map((e: { path: string }) => e.path)).toEqual(["seats"]);

    // Withdrawing a confirmed enrolment frees its seat in the same transaction.
    expect((await world.act(accepted[0]?.body.id, "withdraw", coach)).status).toBe(200);
    const waiting = referrals.find((r) => !accepted.some((a) => a.body.id === r.body.id));
    expect((await world.act(waiting?.body.id ?? "", "accept", provider)).status).toBe(200);
    const after = await world.call("offers", "GET /qualification-offers/{id}", {
      caller: provider,
      params: { id: offer.id },
    });
    expect(after.body.acceptedCount).toBe(3);
  }, 300_000);
});

describe("referrals to qualification offers", () => {
  it("needs exactly one of placeId and offerId: 400 naming placeId, nothing proposed", async () => {
    const candidate = await world.candidate();
    const place = await world.place();
    const offer = await world.offer();
    for (const body of [
      { candidateId: candidate.id },
      { candidateId: candidate.id, placeId: place.id, offerId: offer.id },
    ]) {
      const res = await world.call("referrals", "POST /referrals", { caller: coach, body });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { path: "placeId", message: "Genau eines von placeId oder offerId angeben" },
      ]);
    }
    const draft = await world.offer({ status: "draft" });
    const unpublished = await world.proposeOffer(candidate.id, draft.id);
    expect(unpublished.status).toBe(400);
    expect(unpublished.body.errors.map((e: { path: string }) => e.path)).toEqual(["offerId"]);
    const list = await world.call("referrals", "GET /referrals", {
      caller: coach,
      query: `candidateId=${candidate.id}`,
    });
    expect(items(list)).toEqual([]);
  });

  it("goes to the offer's provider: listed as incoming, declined with a reason; others see nothing", async () => {
    const offer = await world.offer({ title: "Brückenkurs" });
    const candidate = await world.candidate({ reference: "KURS-GEHEIM" });
    const proposed = await world.proposeOffer(candidate.id, offer.id);
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({
      offerId: offer.id,
      offerTitle: "Brückenkurs",
      offerOrg: provider.org,
    });
    expect(proposed.body).not.toHaveProperty("placeId");

    const incoming = await world.call("referrals", "GET /referrals", {
      caller: provider,
      query: `offerId=${offer.id}`,
    });
    expect(items(incoming).map((r) => r.id)).toEqual([proposed.body.id]);
    expect(JSON.stringify(incoming.body)).not.toContain("KURS-GEHEIM");
    expect(JSON.stringify(incoming.body)).not.toContain(candidate.id);

    // An employer of the same slug and another provider: not theirs.
    for (const caller of [
      { role: "employer", org: provider.org },
      { role: "provider", org: "anderer-traeger" },
    ] as Caller[]) {
      expect((await world.act(proposed.body.id, "accept", caller)).status).toBe(404);
      const list = await world.call("referrals", "GET /referrals", { caller });
      expect(JSON.stringify(list.body)).not.toContain(proposed.body.id);
    }
    expect((await world.act(proposed.body.id, "accept", coach)).status).toBe(403);

    const badReason = await world.call("referrals", "POST /referrals/{id}/decline", {
      caller: provider,
      params: { id: proposed.body.id },
      body: { reason: "keine-lust" },
    });
    expect(badReason.status).toBe(400);
    expect(badReason.body.errors.map((e: { path: string }) => e.path)).toEqual(["reason"]);

    const declined = await world.call("referrals", "POST /referrals/{id}/decline", {
      caller: provider,
      params: { id: proposed.body.id },
      body: { reason: "requirements-not-met" },
    });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: "declined", declineReason: "requirements-not-met" });
    expect(declined.body).not.toHaveProperty("handoff");
    // Declined: the candidate may be proposed to the offer again.
    expect((await world.proposeOffer(candidate.id, offer.id)).status).toBe(201);
  });

  it("answers a retried accept with one Idempotency-Key once: one seat taken", async () => {
    const offer = await world.offer({ seats: 5 });
    const candidate = await world.candidate();
    const { body: referral } = await world.proposeOffer(candidate.id, offer.id);
    const accept = () =>
      world.call("referrals", "POST /referrals/{id}/accept", {
        caller: provider,
        params: { id: referral.id },
        headers: { "idempotency-key": "einmal-annehmen" },
      });
    const answers = await Promise.all(Array.from({ length: 10 }, accept));
    expect(answers.every((a) => a.status === 200 || a.status === 409)).toBe(true);
    const replay = await accept();
    expect(replay.status).toBe(200);
    expect(replay.body.status).toBe("accepted");
    const stored = await world.call("offers", "GET /qualification-offers/{id}", {
      caller: provider,
      params: { id: offer.id },
    });
    expect(stored.body.acceptedCount).toBe(1);
  });

  it("erases an offer referral with its candidate, leaving an anonymous remainder", async () => {
    const offer = await world.offer();
    const candidate = await world.candidate({ reference: "WEG-1" });
    const { body: referral } = await world.proposeOffer(candidate.id, offer.id);
    const erased = await world.call("candidates", "DELETE /candidates/{id}", {
      caller: coach,
      params: { id: candidate.id },
      headers: { "if-match": `"${candidate.version}"` },
    });
    expect(erased.status).toBe(204);
    const scan = await world.deps.db.send(
      new ScanCommand({
        TableName: world.deps.tableName,
        FilterExpression: "offerId = :offer",
        ExpressionAttributeValues: { ":offer": offer.id },
      }),
    );
    const left = (scan.Items ?? []).map((i) => ({
      pk: String(i.PK).split("#")[0],
      keys: Object.keys(i).sort(),
    }));
    expect(left).toEqual([
      {
        pk: "ANON",
        keys: ["PK", "SK", "district", "events", "month", "occupation", "offerId", "org", "status"],
      },
    ]);
    const incoming = await world.call("referrals", "GET /referrals", { caller: provider });
    expect(JSON.stringify(incoming.body)).not.toContain(referral.id);
    expect(
      (await world.call("referrals", "GET /referrals/{id}", { caller: admin, params: { id: referral.id } }))
        .status,
    ).toBe(404);
  });

  it("counts each status a referral reaches as a metric, without ids or personal data", async () => {
    const offer = await world.offer();
    const candidate = await world.candidate({ reference: "METRIK-1" });
    const lines: string[] = [];
    vi.stubEnv("AWS_LAMBDA_FUNCTION_NAME", "passung-referrals");
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      lines.push(
        ...String(chunk)
          .split("\n")
          .filter((line) => line.includes('"_aws"')),
      );
      return true;
    });
    try {
      const { body: referral } = await world.proposeOffer(candidate.id, offer.id);
      await world.act(referral.id, "accept", provider);
      await world.act(referral.id, "withdraw", coach);
      await world.act(referral.id, "withdraw", coach); // 409: no status reached, nothing counted
      const figures = lines.map((line) => JSON.parse(line) as { outcome: string; Referrals: number });
      expect(figures.map((f) => [f.outcome, f.Referrals])).toEqual([
        ["proposed", 1],
        ["accepted", 1],
        ["withdrawn", 1],
      ]);
      for (const secret of [candidate.id, referral.id, "METRIK-1", offer.id])
        expect(lines.join("\n")).not.toContain(secret);
    } finally {
      vi.restoreAllMocks();
      vi.unstubAllEnvs();
    }
  });
});
