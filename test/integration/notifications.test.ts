import { marshall } from "@aws-sdk/util-dynamodb";
import type { Context, DynamoDBStreamEvent } from "aws-lambda";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { notificationRoutes } from "../../functions/notifications/routes.ts";
import { streamPoller } from "../../local/stream-poller.ts";
import { recipientsOfOrg } from "../../shared/app/notices.ts";
import { referralNotices } from "../../shared/app/referral-notices.ts";
import { profileKey } from "../../shared/db/keys.ts";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { REACTIONS, type StreamReaction } from "../../shared/app/stream-reactions.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { type Caller, invoke } from "../support/events.ts";
import { testDeps } from "../support/db.ts";
import { coach, employer, referralWorld } from "../support/referral-world.ts";
import { drainStream, StreamBatchFailed } from "../support/stream.ts";
import { integrityProblems, scanTable } from "../reliability/support/table-integrity.ts";

let world: Awaited<ReturnType<typeof referralWorld>>;
let clock: Awaited<ReturnType<typeof testDeps>>;
let inbox: ReturnType<typeof dispatch>;
const colleague: Caller = { role: "employer", org: "klinikum", sub: "employer-2" };
const stranger: Caller = { role: "employer", org: "anderer-betrieb", sub: "employer-9" };

interface Page {
  items: { id: string; type: string; text: string; link: string; readAt?: string; createdAt: string }[];
  unread: number;
  nextCursor?: string;
}
const notices = async (caller: Caller, query?: string) => {
  const res = await invoke(inbox, "GET /notifications", { caller, ...(query ? { query } : {}) });
  expect(res.status).toBe(200);
  return res.body as Page;
};
const read = (caller: Caller, id: string) =>
  invoke(inbox, "POST /notifications/{id}/read", { caller, params: { id } });

beforeAll(async () => {
  clock = await testDeps(undefined, undefined, { stream: true });
  world = await referralWorld(clock);
  inbox = dispatch(notificationRoutes(world.deps));
  // Opening the inbox makes a user known as a member of their organisation.
  for (const caller of [employer, colleague, stranger]) expect((await notices(caller)).items).toEqual([]);
}, 180_000);

describe("notifications from the change stream", () => {
  let proposedId = "";

  it("a proposal reaches every member of the place's organisation, and nobody else", async () => {
    const place = await world.place({ title: "Mentoring Pflege Station 3" });
    const candidate = await world.candidate({ ownReference: "OWL-AKTE-0042" });
    expect(candidate.reference).toBe("MOZ-2026-0001");
    const proposed = await world.propose(candidate.id, place.id, coach, "Sehr motiviert, spricht Arabisch");
    expect(proposed.status).toBe(201);
    proposedId = proposed.body.id;
    await drainStream(world.deps);

    const page = await notices(employer);
    expect(page.unread).toBe(1);
    expect(page.items).toEqual([
      {
        id: expect.any(String),
        type: "referral.proposed",
        createdAt: "2026-11-23T10:00:00.000Z",
        text: "Neuer Vorschlag für Ihren Mentoringplatz „Mentoring Pflege Station 3“: bitte prüfen und annehmen oder ablehnen.",
        link: "/betrieb/vorschlaege",
      },
    ]);
    expect((await notices(colleague)).items.map((n) => n.type)).toEqual(["referral.proposed"]);
    expect(await notices(stranger)).toEqual({ items: [], unread: 0 });
    // The candidate's own data and the message stay out of it.
    for (const caller of [employer, colleague])
      for (const secret of ["Sehr motiviert", "OWL-AKTE-0042", "MOZ-2026-0001", candidate.id])
        expect(JSON.stringify(await notices(caller))).not.toContain(secret);
  });

  it("an accepted proposal reaches the proposing coach, with the issued case number only", async () => {
    expect((await world.act(proposedId, "accept", employer)).status).toBe(200);
    await drainStream(world.deps);
    const page = await notices(coach);
    expect(page.items.map(({ type, text, link }) => ({ type, text, link }))).toEqual([
      {
        type: "referral.accepted",
        text: "Ihr Vorschlag (Aktenzeichen MOZ-2026-0001) für „Mentoring Pflege Station 3“ wurde angenommen.",
        link: "/beratung/vorschlaege",
      },
    ]);
    expect(page.unread).toBe(1);
    // The employers got nothing more.
    expect((await notices(employer)).items).toHaveLength(1);
  });

  it("a redelivered stream creates no second notice", async () => {
    const before = await Promise.all([employer, colleague, coach].map((c) => notices(c)));
    // A new reader from the oldest record on: every record of the test delivered again.
    const replayed = await streamPoller({
      deps: world.deps,
      endpoint: inject("dynamoEndpoint"),
      reactions: [referralNotices],
    }).drain();
    expect(replayed).toBeGreaterThan(0);
    const after = await Promise.all([employer, colleague, coach].map((c) => notices(c)));
    expect(after).toEqual(before);
  });

  it("a reaction that fails keeps its record: the next drain delivers it, once", async () => {
    // An hour later, so the inbox's newest-first order is a fact of time, not of ids.
    clock.setNow(new Date("2026-11-23T11:00:00Z"));
    const place = await world.place({ title: "Zweiter Platz" });
    const candidate = await world.candidate({ ownReference: "OWL-AKTE-0043" });
    expect((await world.propose(candidate.id, place.id)).status).toBe(201);
    const down: StreamReaction = {
      ...referralNotices,
      react: () => Promise.reject(new Error("DynamoDB unreachable")),
    };
    await expect(drainStream(world.deps, [down])).rejects.toBeInstanceOf(StreamBatchFailed);
    expect((await notices(employer)).unread).toBe(1);
    await drainStream(world.deps);
    const page = await notices(employer);
    expect(page.items.map((n) => n.text.includes("„Zweiter Platz“"))).toEqual([true, false]);
    expect(page.unread).toBe(2);
  });

  it("marks the own notice read; someone else's id is not found (404)", async () => {
    const [newest] = (await notices(employer)).items;
    const id = newest?.id ?? "";
    for (const other of [colleague, stranger, coach]) {
      const res = await read(other, id);
      expect([res.status, res.headers["content-type"]]).toEqual([
        404,
        expect.stringMatching(/^application\/problem\+json/),
      ]);
    }
    const first = await read(employer, id);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id, readAt: "2026-11-23T11:00:00.000Z" });
    clock.setNow(new Date("2026-11-24T09:00:00Z"));
    // Marking again keeps the first time.
    expect((await read(employer, id)).body).toMatchObject({ readAt: "2026-11-23T11:00:00.000Z" });
    expect((await notices(employer)).unread).toBe(1);
    expect((await notices(colleague)).unread).toBe(2);
    expect((await read(employer, "no-such-notice")).status).toBe(404);
  });

  it("pages newest first with the cursor helper", async () => {
    const first = await notices(employer, "limit=1");
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toBeDefined();
    const second = await notices(employer, `limit=1&cursor=${encodeURIComponent(first.nextCursor ?? "")}`);
    expect(second.items.map((n) => n.type)).toEqual(["referral.proposed"]);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    const foreign = await invoke(inbox, "GET /notifications", {
      caller: colleague,
      query: `cursor=${encodeURIComponent(first.nextCursor ?? "")}`,
    });
    expect(foreign.status).toBe(400);
  });

  it("notices expire after 90 days", async () => {
    const [oldest] = (await notices(colleague)).items.slice(-1);
    clock.setNow(new Date("2027-02-22T10:00:01Z"));
    expect(await notices(colleague)).toEqual({ items: [], unread: 0 });
    expect((await read(colleague, oldest?.id ?? "")).status).toBe(404);
    clock.setNow(new Date("2026-11-23T10:00:00Z"));
  });
});

describe("membership", () => {
  it("a profile stored before the organisation list is put on it by the first look at the inbox", async () => {
    await world.deps.db.send(
      new PutCommand({
        TableName: world.deps.tableName,
        Item: {
          ...profileKey("employer-old"),
          sub: "employer-old",
          org: "klinikum",
          role: "employer",
          notify: "daily",
          version: 3,
        },
      }),
    );
    const members = async () => (await recipientsOfOrg(world.deps, "klinikum")).map((r) => r.sub).sort();
    expect(await members()).toEqual(["employer-1", "employer-2"]);
    await notices({ role: "employer", org: "klinikum", sub: "employer-old" });
    expect(await members()).toEqual(["employer-1", "employer-2", "employer-old"]);
    // The saved wish stays.
    expect(
      (await recipientsOfOrg(world.deps, "klinikum")).find((r) => r.sub === "employer-old")?.notify,
    ).toBe("daily");
  });
});

describe("the table afterwards", () => {
  it("holds notices in their inboxes, unread-indexed exactly while unread, and profiles under their org", async () => {
    const items = await scanTable(world.deps);
    expect(items.filter((i) => i.SK.startsWith("NOTE#")).length).toBeGreaterThan(0);
    expect(integrityProblems(items)).toEqual([]);
  });
});

describe("the Lambda handler (functions/notification-stream)", () => {
  it("reports the first record it cannot handle as the batch item failure", async () => {
    process.env.TABLE_NAME = "no-such-table";
    process.env.DYNAMODB_ENDPOINT = inject("dynamoEndpoint");
    const { handler } = await import("../../functions/notification-stream/index.ts");
    const referral = {
      PK: "REF#r1",
      SK: "REF",
      id: "r1",
      status: "proposed",
      org: "mozaik",
      placeOrg: "klinikum",
      placeTitle: "Platz",
      candidateId: "c1",
    };
    const record = (n: number, item: Record<string, unknown>) => ({
      eventID: `e${n}`,
      eventName: "INSERT" as const,
      dynamodb: { SequenceNumber: `${n}`, NewImage: marshall(item) as never },
    });
    const event: DynamoDBStreamEvent = {
      Records: [
        record(1, { PK: "META", SK: "DEMO" }),
        record(2, referral),
        record(3, { PK: "META", SK: "DEMO" }),
      ],
    };
    // Reading the organisation's members fails (no table): record 2 and everything after it is retried.
    const result = await handler(event, { awsRequestId: "t", functionName: "t" } as Context);
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: "2" }] });
    expect(REACTIONS).toContain(referralNotices);
  });
});
