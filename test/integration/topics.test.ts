import { describe, expect, it } from "vitest";
import { statisticsRoutes } from "../../functions/statistics/routes.ts";
import { REACTIONS } from "../../shared/app/stream-reactions.ts";
import { topicCounts } from "../../shared/app/topic-counts.ts";
import { applyTopicChanges } from "../../shared/db/topic-counters.ts";
import type { TopicUseChange } from "../../shared/domain/topic-uses.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { recordCommands, testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";
import { coach, provider, referralWorld } from "../support/referral-world.ts";
import { drainStream } from "../support/stream.ts";

const admin: Caller = { role: "admin", org: "iq-owl", sub: "admin-1" };

const module = (id: string, topics: string[], extra: Record<string, unknown> = {}) => ({
  id,
  title: `Modul ${id}`,
  topics,
  hours: 40,
  kind: "theory",
  ...extra,
});

const nurseCase = (topics: string[], code = "81302-129") => ({
  status: "partial",
  referenceOccupation: { code },
  decision: {
    date: "2026-10-15",
    kind: "compensation-required",
    measure: "knowledge-exam",
    choice: true,
    differences: topics.map((topic) => ({ topic, hours: 40, kind: "theory" })),
  },
});

/** A world whose table has a stream, drained through the topic reaction after each step. */
async function topicWorld() {
  const world = await referralWorld(await testDeps(undefined, undefined, { stream: true }));
  const statistics = dispatch(statisticsRoutes(world.deps));
  const topics = async (query: string, caller: Caller = coach) => {
    await drainStream(world.deps, [topicCounts]);
    return invoke(statistics, "GET /topics", { caller, query });
  };
  const items = async (query: string) =>
    (await topics(query)).body.items as { topic: string; count: number }[];
  return { ...world, topics, items };
}

describe("GET /topics: topics in use per Berufsgruppe (issue 28)", () => {
  it("counts published offers' module topics and cases' differences once each, most used first", async () => {
    const w = await topicWorld();
    await w.offer({
      modules: [module("a", ["Pflegeprozess", "Hygiene"]), module("b", ["hygiene", "Anatomie"])],
    });
    await w.offer({ status: "draft", modules: [module("a", ["Wundversorgung"])] });
    // 81302 and 81313 are both in Berufsgruppe 813: counted there once; 26212 in 262.
    await w.offer({ occupations: ["81302", "81313", "26212"], modules: [module("x", [" Hygiene  "])] });
    await w.candidate({ recognition: nurseCase(["HYGIENE", "Pflegefachsprache"]) });

    // The stream consumer (and the local runtime's poller) runs it.
    expect(REACTIONS).toContain(topicCounts);
    const res = await w.topics("occupation=81302");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      group: "813",
      items: [
        { topic: "HYGIENE", count: 3 },
        { topic: "Anatomie", count: 1 },
        { topic: "Pflegefachsprache", count: 1 },
        { topic: "Pflegeprozess", count: 1 },
      ],
    });
    expect(await w.items("occupation=262")).toEqual([{ topic: "Hygiene", count: 1 }]);
    expect(await w.items("occupation=81302&limit=2")).toEqual([
      { topic: "HYGIENE", count: 3 },
      { topic: "Anatomie", count: 1 },
    ]);
  }, 60_000);

  it("suggests by a normalised, case-insensitive prefix", async () => {
    const w = await topicWorld();
    await w.offer({ modules: [module("a", ["Pflegeprozess", "Pflegefachsprache", "Recht in der Pflege"])] });
    await w.offer({ modules: [module("a", ["Pflegefachsprache"])] });
    expect(await w.items("occupation=81302&q=%20PFLEGE")).toEqual([
      { topic: "Pflegefachsprache", count: 2 },
      { topic: "Pflegeprozess", count: 1 },
    ]);
    expect(await w.items("occupation=81302&q=pflegep")).toEqual([{ topic: "Pflegeprozess", count: 1 }]);
    expect(await w.items("occupation=81302&q=Zahn")).toEqual([]);
    expect(await w.items("occupation=11111")).toEqual([]);
  }, 60_000);

  it("follows edits, a case moving to another Berufsgruppe, its erasure and archiving", async () => {
    const w = await topicWorld();
    const offer = await w.offer({ modules: [module("a", ["Hygiene", "Anatomie"])] });
    const candidate = await w.candidate({ recognition: nurseCase(["Hygiene"]) });
    expect(await w.items("occupation=813")).toEqual([
      { topic: "Hygiene", count: 2 },
      { topic: "Anatomie", count: 1 },
    ]);

    const edited = await w.call("offers", "PATCH /qualification-offers/{id}", {
      caller: provider,
      params: { id: offer.id },
      headers: { "if-match": `"${offer.version}"` },
      body: { modules: [module("a", ["Anatomie", "Pharmakologie"])] },
    });
    expect(edited.status).toBe(200);
    expect(await w.items("occupation=813")).toEqual([
      { topic: "Anatomie", count: 1 },
      { topic: "Hygiene", count: 1 },
      { topic: "Pharmakologie", count: 1 },
    ]);

    // The case moves to another reference occupation's Berufsgruppe (Altenpflege, 821).
    const moved = await w.call("candidates", "PATCH /candidates/{id}", {
      caller: coach,
      params: { id: candidate.id },
      headers: { "if-match": `"${candidate.version}"` },
      body: { recognition: nurseCase(["Hygiene"], "82102-101") },
    });
    expect(moved.status).toBe(200);
    expect(await w.items("occupation=821")).toEqual([{ topic: "Hygiene", count: 1 }]);
    expect(await w.items("occupation=813&q=hyg")).toEqual([]);

    const erased = await w.call("candidates", "DELETE /candidates/{id}", {
      caller: coach,
      params: { id: candidate.id },
      headers: { "if-match": `"${moved.body.version}"` },
    });
    expect(erased.status).toBe(204);
    expect(await w.items("occupation=821")).toEqual([]);

    const archived = await w.call("offers", "PATCH /qualification-offers/{id}", {
      caller: provider,
      params: { id: offer.id },
      headers: { "if-match": `"${edited.body.version}"` },
      body: { status: "archived" },
    });
    expect(archived.status).toBe(200);
    expect(await w.items("occupation=813")).toEqual([]);
  }, 90_000);

  it("applies a redelivered record once, also in parts beyond one transaction", async () => {
    const w = await topicWorld();
    const topics = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);
    // 30 modules × 5 topics: 150 counter changes, two transactions.
    const modules = Array.from({ length: 30 }, (_, m) => module(`m${m}`, topics(`Thema ${m + 1}`, 5)));
    await w.offer({ modules });
    expect(await w.items("occupation=813&limit=100")).toHaveLength(100);
    const all = (await w.topics("occupation=813&limit=100&q=thema%201")).body.items;
    expect(all.every((t: { count: number }) => t.count === 1)).toBe(true);

    const change = {
      eventId: "redelivered-1",
      eventName: "INSERT" as const,
      newItem: { PK: "OFFER#X", SK: "OFFER", status: "published", occupations: ["81302"], modules },
    };
    await topicCounts.react(w.deps, change);
    await topicCounts.react(w.deps, change);
    await Promise.all([topicCounts.react(w.deps, change), topicCounts.react(w.deps, change)]);
    const counts = (await w.topics("occupation=813&limit=100&q=thema")).body.items;
    expect(counts).toHaveLength(100);
    expect(counts.every((t: { count: number }) => t.count === 2)).toBe(true);
  }, 90_000);

  it("loses no count when different records change one counter at the same time", async () => {
    const w = await topicWorld();
    const plus: TopicUseChange[] = [{ group: "813", key: "hygiene", topic: "Hygiene", by: 1 }];
    await Promise.all(Array.from({ length: 12 }, (_, i) => applyTopicChanges(w.deps, `event-${i}`, plus)));
    expect(await w.items("occupation=813")).toEqual([{ topic: "Hygiene", count: 12 }]);
  }, 60_000);

  it("reads the group's counters by key, never a Scan", async () => {
    const w = await topicWorld();
    await w.offer({ modules: [module("a", ["Hygiene"])] });
    await drainStream(w.deps, [topicCounts]);
    const sent = recordCommands(w.deps);
    const res = await invoke(dispatch(statisticsRoutes(w.deps)), "GET /topics", {
      caller: admin,
      query: "occupation=81302&q=hy",
    });
    expect(res.body.items).toEqual([{ topic: "Hygiene", count: 1 }]);
    expect(sent).toEqual(["QueryCommand"]);
  }, 60_000);

  it("refuses bad parameters with 400 naming them, and callers without a role", async () => {
    const w = await topicWorld();
    for (const [query, path] of [
      ["", "query.occupation"],
      ["occupation=8130", "query.occupation"],
      ["occupation=81302-129", "query.occupation"],
      ["occupation=81302&limit=0", "query.limit"],
      ["occupation=81302&limit=101", "query.limit"],
      [`occupation=81302&q=${"a".repeat(121)}`, "query.q"],
      ["occupation=81302&org=other", "query.org"],
    ] as const) {
      const res = await w.topics(query);
      expect(res.status, query).toBe(400);
      expect(
        res.body.errors.map((e: { path: string }) => e.path),
        query,
      ).toEqual([path]);
    }
    const employer = await w.topics("occupation=81302", { role: "employer", org: "klinikum", sub: "e-1" });
    expect(employer.status).toBe(403);
    expect((await w.topics("occupation=81302", provider)).status).toBe(200);
  }, 60_000);
});
