import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { BatchWriteCommand, GetCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { reapplyErasures } from "../../scripts/erasures-reapply.ts";
import { seedItems, testDeps, withErasureLog } from "../support/db.ts";
import { coach, employer, referralWorld } from "../support/referral-world.ts";

/*
 * A point-in-time restore brings back the table as it was: erased candidates included. The
 * erasure log lives in a table of its own, which the restore leaves alone, and
 * `npm run erasures:reapply` erases them again.
 */
let world: Awaited<ReturnType<typeof referralWorld>>;

beforeAll(async () => {
  world = await referralWorld(await withErasureLog(await testDeps()));
}, 180_000);

const scan = async (table = world.deps.tableName) =>
  ((await world.deps.db.send(new ScanCommand({ TableName: table }))).Items ?? []) as {
    PK: string;
    SK: string;
  }[];
/** "Restores" the table to `snapshot`: everything written since goes, everything before comes back. */
async function restore(snapshot: Record<string, unknown>[]) {
  const now = await scan();
  for (let i = 0; i < now.length; i += 25) {
    const requests = now.slice(i, i + 25).map(({ PK, SK }) => ({ DeleteRequest: { Key: { PK, SK } } }));
    await world.deps.db.send(new BatchWriteCommand({ RequestItems: { [world.deps.tableName]: requests } }));
  }
  await seedItems(world.deps, snapshot);
}
const read = (id: string) =>
  world.call("candidates", "GET /candidates/{id}", { caller: coach, params: { id } });
const seatsOf = async (placeId: string) =>
  (await world.call("places", "GET /mentoring-places/{id}", { caller: employer, params: { id: placeId } }))
    .body.acceptedCount as number;

describe("npm run erasures:reapply", () => {
  it("erases again what a restore brought back, once, and prints counts only", async () => {
    const place = await world.place({ title: "Wiederhergestellt", capacity: 1 });
    const erased = await world.candidate({ reference: "OWL-2026-0901" });
    const kept = await world.candidate({ reference: "OWL-2026-0902" });
    const accepted = await world.propose(erased.id, place.id);
    expect((await world.act(accepted.body.id, "accept", employer)).status).toBe(200);
    expect((await world.propose(erased.id, (await world.place()).id)).status).toBe(201);
    const snapshot = await scan();

    const res = await world.call("candidates", "DELETE /candidates/{id}", {
      caller: coach,
      params: { id: erased.id },
      headers: { "if-match": "*" },
    });
    expect(res.status).toBe(204);
    const log = await world.deps.db.send(
      new GetCommand({ TableName: world.deps.erasureLogTable, Key: { candidateId: erased.id } }),
    );
    expect(log.Item).toMatchObject({ candidateId: erased.id, org: "mozaik", how: "explicit" });
    // Nothing about the person in the log: no case number, no profile, not who erased it.
    expect(Object.keys(log.Item ?? {}).sort()).toEqual([
      "candidateId",
      "erasedAt",
      "expiresAtEpoch",
      "how",
      "org",
    ]);
    const anonymous = (await scan()).filter((i) => i.PK.startsWith("ANON#")).length;
    expect(anonymous).toBe(2);

    await restore(snapshot);
    expect((await read(erased.id)).status).toBe(200);
    expect(await seatsOf(place.id)).toBe(1);

    expect(await reapplyErasures(world.deps)).toEqual({ logged: 1, erased: 1, alreadyGone: 0 });
    expect((await read(erased.id)).status).toBe(404);
    expect((await read(kept.id)).status).toBe(200);
    expect(await seatsOf(place.id)).toBe(0);
    const after = await scan();
    expect(JSON.stringify(after)).not.toContain(erased.id);
    expect(JSON.stringify(after)).not.toContain("OWL-2026-0901");
    expect(after.filter((i) => i.PK.startsWith("ANON#"))).toHaveLength(anonymous);

    // Again, as the command: nothing left to erase, nothing changes, no id printed.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/erasures-reapply.ts"],
      {
        env: {
          ...process.env,
          TABLE_NAME: world.deps.tableName,
          ERASURE_LOG_TABLE: world.deps.erasureLogTable,
          DYNAMODB_ENDPOINT: inject("dynamoEndpoint"),
          AWS_REGION: "eu-central-1",
        },
      },
    );
    expect(stdout.trim()).toBe("Löschprotokoll: 1 Einträge; 0 erneut gelöscht, 1 waren bereits gelöscht.");
    expect(await scan()).toEqual(after);
  }, 120_000);
});
