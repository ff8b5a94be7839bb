import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { candidateRoutes } from "../../functions/candidates/routes.ts";
import { candidatePartition } from "../../shared/db/keys.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import type { Deps } from "../../shared/runtime.ts";
import { testDeps } from "../support/db.ts";
import { invoke } from "../support/events.ts";
import { consentInput } from "../support/fixtures.ts";
import { coach, referralWorld } from "../support/referral-world.ts";

/*
 * Consent writes race proposals and each other: a referral must never survive as open once
 * `share-profile` is withdrawn, and two consent changes must both land (no lost update).
 */
let world: Awaited<ReturnType<typeof referralWorld>>;

beforeAll(async () => {
  world = await referralWorld(await testDeps());
}, 180_000);

const read = async (id: string) =>
  (await world.call("candidates", "GET /candidates/{id}", { caller: coach, params: { id } })).body as {
    version: number;
    consents: { scope: string; withdrawn?: unknown }[];
  };
const withdraw = (id: string, scope: string, version: number) =>
  world.call("candidates", "DELETE /candidates/{id}/consents/{scope}", {
    caller: coach,
    params: { id, scope },
    headers: { "if-match": `"${version}"` },
  });

describe("a proposal racing the withdrawal of share-profile", () => {
  it("never leaves an open referral behind", async () => {
    const places = await Promise.all(
      Array.from({ length: 8 }, (_, i) => world.place({ title: `Wettlauf-Platz ${i}` })),
    );
    for (let round = 0; round < 3; round++) {
      const candidate = await world.candidate();
      const [withdrawal, ...proposals] = await Promise.all([
        withdraw(candidate.id, "share-profile", candidate.version),
        ...places.map((p) => world.propose(candidate.id, p.id)),
      ]);
      expect(withdrawal.status).toBe(204);
      for (const p of proposals) expect([201, 409]).toContain(p.status);
      const listed = await world.call("referrals", "GET /referrals", {
        caller: coach,
        query: `candidateId=${candidate.id}&limit=100`,
      });
      const statuses = (listed.body.items as { status: string }[]).map((r) => r.status);
      expect(statuses.filter((s) => s !== "withdrawn")).toEqual([]);
      expect(statuses).toHaveLength(proposals.filter((p) => p.status === 201).length);
      // No guard of an open referral is left either: the candidate may be proposed again once it agrees.
      const guards = await world.deps.db.send(
        new QueryCommand({
          TableName: world.deps.tableName,
          KeyConditionExpression: "PK = :pk AND begins_with(SK, :sk)",
          ExpressionAttributeValues: { ":pk": candidatePartition(candidate.id), ":sk": "ACTIVE#" },
        }),
      );
      expect(guards.Items).toEqual([]);
    }
  }, 120_000);
});

describe("consent changes racing each other", () => {
  it("keeps both: a grant and a withdrawal sent at once", async () => {
    for (let round = 0; round < 4; round++) {
      const candidate = await world.candidate();
      const [given, withdrawn] = await Promise.all([
        world.consent(candidate.id, ["esf-data"]),
        withdraw(candidate.id, "share-profile", candidate.version),
      ]);
      expect(given.status).toBe(200);
      // The withdrawal names the version it read: lost to the grant, it is sent again.
      if (withdrawn.status === 412)
        expect((await withdraw(candidate.id, "share-profile", given.body.version)).status).toBe(204);
      else expect(withdrawn.status).toBe(204);
      const now = await read(candidate.id);
      expect(now.version).toBe(candidate.version + 2);
      const state = Object.fromEntries(
        now.consents.map((c) => [c.scope, c.withdrawn ? "withdrawn" : "active"]),
      );
      expect(state).toEqual({ store: "active", "share-profile": "withdrawn", "esf-data": "active" });
    }
  }, 120_000);

  it("retries a transaction conflict and records once", async () => {
    const candidate = await world.candidate();
    let conflicts = 1;
    const db = Object.create(world.deps.db) as Deps["db"];
    db.send = ((command: { constructor: { name: string } }) => {
      if (command.constructor.name === "TransactWriteCommand" && conflicts-- > 0)
        return Promise.reject(
          new TransactionCanceledException({
            message: "Transaction cancelled",
            $metadata: {},
            CancellationReasons: [{ Code: "TransactionConflict" }],
          }),
        );
      return world.deps.db.send(command as never);
    }) as Deps["db"]["send"];
    const routes = dispatch(candidateRoutes({ ...world.deps, db }));
    const res = await invoke(routes, "POST /candidates/{id}/consents", {
      caller: coach,
      params: { id: candidate.id },
      body: consentInput({ scopes: ["share-contact-after-acceptance"] }),
    });
    expect(res.status).toBe(200);
    expect(conflicts).toBe(-1);
    expect((await read(candidate.id)).version).toBe(candidate.version + 1);
  });
});
