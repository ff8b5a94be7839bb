import { DeleteCommand, GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { statisticsRoutes } from "../../functions/statistics/routes.ts";
import { expiryCompletion } from "../../shared/app/expiry-completion.ts";
import { candidateKey, personCountedKey } from "../../shared/db/keys.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { testDeps } from "../support/db.ts";
import { invoke } from "../support/events.ts";
import { coach, referralWorld } from "../support/referral-world.ts";

/*
 * A person erased without an exit (DELETE, withdrawal of `store`, retention run out) leaves
 * `active` once, from the month of the erasure on, as `erasedWithoutExit` — never as an exit
 * reason — however often the erasure is repeated, raced or its stream record delivered again.
 */
let world: Awaited<ReturnType<typeof referralWorld>>;
let stats: ReturnType<typeof dispatch>;
let setNow: (d: Date) => void;

beforeAll(async () => {
  const deps = await testDeps(new Date("2026-03-10T09:00:00Z"));
  setNow = deps.setNow;
  world = await referralWorld(deps);
  stats = dispatch(statisticsRoutes(deps));
}, 180_000);

type Figures = { entries: number; active: number; erasedWithoutExit: number; exits: { total: number } };
const own = async (from: string, to: string) => {
  const res = await invoke(stats, "GET /statistics/participants", {
    caller: coach,
    query: `from=${from}&to=${to}&by=quarter`,
  });
  expect(res.status).toBe(200);
  return res.body.own.totals as Figures;
};
const figures = async (month: string) => {
  const { entries, active, erasedWithoutExit, exits } = await own(month, month);
  return { entries, active, erasedWithoutExit, exits: exits.total };
};
const erase = (id: string) =>
  world.call("candidates", "DELETE /candidates/{id}", {
    caller: coach,
    params: { id },
    headers: { "if-match": "*" },
  });
const withdrawStore = (id: string) =>
  world.call("candidates", "DELETE /candidates/{id}/consents/{scope}", {
    caller: coach,
    params: { id, scope: "store" },
    headers: { "if-match": "*" },
  });
const rawItem = async (key: { PK: string; SK: string }) =>
  (await world.deps.db.send(new GetCommand({ TableName: world.deps.tableName, Key: key }))).Item;
const remove = (key: { PK: string; SK: string }) =>
  world.deps.db.send(new DeleteCommand({ TableName: world.deps.tableName, Key: key }));

describe("a person erased without an exit", () => {
  it("leaves `active` once from the month of the erasure (DELETE, repeated and raced)", async () => {
    setNow(new Date("2026-03-10T09:00:00Z"));
    const left = await world.candidate({ entryDate: "2026-03-02" });
    await world.call("candidates", "PATCH /candidates/{id}", {
      caller: coach,
      params: { id: left.id },
      headers: { "if-match": "*" },
      body: { exit: { date: "2026-03-09", reason: "moved" } },
    });
    const a = await world.candidate({ entryDate: "2026-03-03" });
    const b = await world.candidate({ entryDate: "2026-03-04" });
    expect(await figures("2026-04")).toEqual({ entries: 0, active: 2, erasedWithoutExit: 0, exits: 0 });

    setNow(new Date("2026-04-15T09:00:00Z"));
    // Two erasures of the same person at once, then a third: counted out once.
    const raced = await Promise.all([erase(a.id), erase(a.id)]);
    expect(raced.map((r) => r.status)).toContain(204);
    expect((await erase(a.id)).status).toBe(404);
    // Erased after an exit: left already, nothing more.
    expect((await erase(left.id)).status).toBe(204);
    // April still has both (the erased one was there until the 15th); from May on, one.
    expect(await figures("2026-04")).toEqual({ entries: 0, active: 2, erasedWithoutExit: 1, exits: 0 });
    expect(await figures("2026-05")).toEqual({ entries: 0, active: 1, erasedWithoutExit: 0, exits: 0 });
    expect(await figures("2026-03")).toMatchObject({ entries: 3, active: 3, exits: 1 });
    expect((await own("2026-01", "2026-12")).exits.total).toBe(1);
    await erase(b.id);
  });

  it("leaves `active` when `store` is withdrawn", async () => {
    setNow(new Date("2026-06-10T09:00:00Z"));
    const before = await figures("2026-07");
    const person = await world.candidate({ entryDate: "2026-06-01" });
    expect((await figures("2026-07")).active).toBe(before.active + 1);
    expect((await withdrawStore(person.id)).status).toBe(204);
    // Repeated (a retry of the first): the person is gone, nothing is counted again.
    await withdrawStore(person.id);
    expect(await figures("2026-06")).toMatchObject({ erasedWithoutExit: 1, exits: 0 });
    expect((await figures("2026-07")).active).toBe(before.active);
  });

  it("leaves `active` also for an item saved before it carried the cell (by the marker)", async () => {
    setNow(new Date("2026-10-05T09:00:00Z"));
    const person = await world.candidate({ entryDate: "2026-10-01" });
    const before = await figures("2026-11");
    await world.deps.db.send(
      new UpdateCommand({
        TableName: world.deps.tableName,
        Key: candidateKey(person.id),
        UpdateExpression: "REMOVE countedActiveIn",
      }),
    );
    expect((await erase(person.id)).status).toBe(204);
    expect(await figures("2026-10")).toMatchObject({ erasedWithoutExit: 1, exits: 0 });
    expect((await figures("2026-11")).active).toBe(before.active - 1);
  });

  it("leaves `active` once when retention ran out, the marker gone first and the record delivered twice", async () => {
    setNow(new Date("2026-08-10T09:00:00Z"));
    const person = await world.candidate({ entryDate: "2026-08-03" });
    const before = await figures("2026-09");
    // TTL removes items in any order: the marker first, then the candidate's own item.
    const oldItem = await rawItem(candidateKey(person.id));
    await remove(personCountedKey(person.id));
    await remove(candidateKey(person.id));
    const change = { eventId: "ttl-remove-1", eventName: "REMOVE" as const, oldItem };
    expect(expiryCompletion.handles(change)).toBe(true);
    await expiryCompletion.react(world.deps, change);
    await expiryCompletion.react(world.deps, change);
    expect(await figures("2026-08")).toMatchObject({ erasedWithoutExit: 1, exits: 0 });
    expect((await figures("2026-09")).active).toBe(before.active - 1);
  });
});
