import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { candidateRoutes } from "../../functions/candidates/routes.ts";
import { caseCounterKey } from "../../shared/db/keys.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import type { Deps } from "../../shared/runtime.ts";
import { testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";
import { candidateInput } from "../support/fixtures.ts";
import { coach, referralWorld } from "../support/referral-world.ts";

/** POST /candidates issues the organisation's next case number in the candidate's own transaction. */
let world: Awaited<ReturnType<typeof referralWorld>>;
let deps: Awaited<ReturnType<typeof testDeps>>;
const profile = (overrides: Record<string, unknown> = {}) => candidateInput(overrides);
const create = (caller: Caller, body: unknown = profile(), headers: Record<string, string> = {}) =>
  world.call("candidates", "POST /candidates", { caller, body, headers });
const coachOf = (org: string): Caller => ({ role: "coach", org, sub: `coach-${org}` });

beforeAll(async () => {
  deps = await testDeps();
  world = await referralWorld(deps);
});

describe("issued case numbers", () => {
  it("counts per organisation and year: prefix, year, four digits", async () => {
    const gpdm = coachOf("gpdm-owl");
    const first = await create(gpdm);
    const second = await create(gpdm);
    const elsewhere = await create(coachOf("pro-arbeit"));
    expect([first.status, second.status, elsewhere.status]).toEqual([201, 201, 201]);
    expect([first.body.reference, second.body.reference, elsewhere.body.reference]).toEqual([
      "GPD-2026-0001",
      "GPD-2026-0002",
      "PRO-2026-0001",
    ]);
    // A new year in Germany starts a new count (23:30 UTC on 31 December is 2027 in Berlin).
    deps.setNow(new Date("2026-12-31T23:30:00Z"));
    const newYear = await create(gpdm);
    deps.setNow(new Date("2026-11-23T10:00:00Z"));
    expect(newYear.body.reference).toBe("GPD-2027-0001");
    const read = await world.call("candidates", "GET /candidates/{id}", {
      caller: gpdm,
      params: { id: first.body.id },
    });
    expect(read.body.reference).toBe("GPD-2026-0001");
  });

  it("gives 20 parallel creates of one organisation 20 distinct numbers, none skipped", async () => {
    const busy = coachOf("beratung-parallel");
    const answers = await Promise.all(Array.from({ length: 20 }, () => create(busy)));
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 20 }, () => 201));
    const numbers = answers.map((a) => a.body.reference as string).sort();
    expect(numbers).toEqual(
      Array.from({ length: 20 }, (_, i) => `BER-2026-${String(i + 1).padStart(4, "0")}`),
    );
    const { Item } = await deps.db.send(
      new GetCommand({ TableName: deps.tableName, Key: caseCounterKey("beratung-parallel", "2026") }),
    );
    expect(Item?.lastIssued).toBe(20);
  }, 120_000);

  it("answers a replayed create with the same number and issues none for it", async () => {
    const caller = coachOf("idem-beratung");
    const key = { "idempotency-key": "kandidat-1" };
    const first = await create(caller, profile(), key);
    const replay = await create(caller, profile(), key);
    const twins = await Promise.all(
      [1, 2, 3].map(() => create(caller, profile(), { "idempotency-key": "k-2" })),
    );
    const next = await create(caller);
    expect([first.body.reference, replay.body.reference, replay.body.id]).toEqual([
      "IDE-2026-0001",
      "IDE-2026-0001",
      first.body.id,
    ]);
    expect(new Set(twins.map((t) => `${t.status} ${t.body.reference}`))).toEqual(
      new Set(["201 IDE-2026-0002"]),
    );
    expect(next.body.reference).toBe("IDE-2026-0003");
  });

  it("retries a transaction conflict and still issues each number once", async () => {
    const caller = coachOf("konflikt-beratung");
    let conflicts = 2;
    const send = deps.db.send.bind(deps.db);
    const flaky = {
      ...deps,
      db: {
        send: (command: unknown) => {
          if (command instanceof TransactWriteCommand && conflicts-- > 0)
            return Promise.reject(
              new TransactionCanceledException({
                message: "Transaction cancelled",
                $metadata: {},
                CancellationReasons: [{ Code: "TransactionConflict" }, { Code: "None" }],
              }),
            );
          return send(command as never);
        },
      } as unknown as Deps["db"],
    };
    const res = await invoke(dispatch(candidateRoutes(flaky)), "POST /candidates", {
      caller,
      body: profile(),
    });
    expect([res.status, res.body.reference, conflicts]).toEqual([201, "KON-2026-0001", -1]);
    expect((await create(caller)).body.reference).toBe("KON-2026-0002");
  });
});

describe("the coach's own file number", () => {
  it("is ownReference; a first-stage client's reference is kept as ownReference", async () => {
    const own = await create(coach, profile({ ownReference: "AZ-2026/17" }));
    const legacy = await create(coach, candidateInput({ reference: "Akte_4711" }));
    expect([own.status, own.body.ownReference, legacy.status, legacy.body.ownReference]).toEqual([
      201,
      "AZ-2026/17",
      201,
      "Akte_4711",
    ]);
    expect([own.body.reference, legacy.body.reference]).toEqual(["MOZ-2026-0001", "MOZ-2026-0002"]);
  });

  it("refuses a name, bidi and zero-width characters, or two different numbers, by field; writes nothing", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ownReference: "Ahmed Hassan" }, "ownReference"],
      [{ ownReference: "AZ-17\u200B" }, "ownReference"],
      [{ ownReference: "AZ-17\u202Egnp" }, "ownReference"],
      [{ reference: "Max Mustermann" }, "reference"],
      [{ reference: "AZ-1", ownReference: "AZ-2" }, "reference"],
    ];
    const caller = coachOf("streng-beratung");
    for (const [body, field] of cases) {
      const res = await create(caller, { ...profile(), ...body });
      // Named once or twice (the bidi rule of every string and the field's own pattern), nothing else.
      const named = new Set(res.body.errors?.map((e: { path: string }) => e.path));
      expect([res.status, [...named]]).toEqual([400, [field]]);
    }
    expect((await create(caller)).body.reference).toBe("STR-2026-0001");
  });
});
