import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifyDueMeasures } from "../../shared/app/measure-due.ts";
import { noticeMail } from "../../shared/app/notice-mail.ts";
import { profileRepository } from "../../shared/db/profile-repository.ts";
import type { Deps } from "../../shared/runtime.ts";
import { testDeps } from "../support/db.ts";
import { coachOf, employerWorld, ORGS } from "../support/employer-world.ts";
import { mailsTo, testMailCatcher } from "../support/mail-catcher.ts";

let deps: Deps & { setNow(d: Date): void };
let world: Awaited<ReturnType<typeof employerWorld>>;
let mail: Awaited<ReturnType<typeof testMailCatcher>>;
let seq = 0;

beforeAll(async () => {
  deps = await testDeps(new Date("2026-11-23T10:00:00Z"));
  world = await employerWorld(deps);
  mail = await testMailCatcher();
}, 120_000);
afterAll(async () => {
  await mail?.catcher.stop();
});

/** A fresh adviser with a record and one measure agreed by them; returns ids and the adviser. */
async function agreed(due: string, name = `Betrieb ${++seq}`) {
  const adviser = coachOf(ORGS.leipzig.org, `adviser-${seq}-${due}`);
  const id = await world.create(adviser, { name });
  const res = await world.call("POST /employers/{id}/measures", {
    caller: adviser,
    params: { id },
    body: { title: "Frau Beispiel als Patin einarbeiten", topic: "mentoring", due },
  });
  return { id, adviser, measureId: (res.body as { id: string }).id };
}

const inbox = async (sub: string) =>
  (
    await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: "PK = :pk AND begins_with(SK, :note)",
        ExpressionAttributeValues: { ":pk": `USER#${sub}`, ":note": "NOTE#" },
      }),
    )
  ).Items ?? [];

describe("employer.measureDue", () => {
  it("tells the adviser once the due day is over: company, topic and date — not the title, not the contact", async () => {
    deps.setNow(new Date("2026-11-23T10:00:00Z"));
    const { id, adviser } = await agreed("2026-11-23", "Bäckerei Müller GmbH");
    await notifyDueMeasures(deps);
    expect(await inbox(adviser.sub ?? "")).toEqual([]);
    // 00:30 in Leipzig on the 24th: the due day is over.
    deps.setNow(new Date("2026-11-23T23:30:00Z"));
    await notifyDueMeasures(deps);
    const notices = await inbox(adviser.sub ?? "");
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      type: "employer.measureDue",
      org: "iq-leipzig",
      text: "Maßnahme „Mentoring“ mit Bäckerei Müller GmbH ist seit 23.11.2026 fällig.",
      link: `/beratung/arbeitgeber/${id}`,
    });
    expect(JSON.stringify(notices)).not.toMatch(/Beispiel|Anna|Patin/);
    await notifyDueMeasures(deps);
    expect(await inbox(adviser.sub ?? "")).toHaveLength(1);
  });

  it("two runs at once notify once", async () => {
    deps.setNow(new Date("2026-11-23T10:00:00Z"));
    const first = await agreed("2026-11-20");
    const second = await agreed("2026-11-21");
    const results = await Promise.all([
      notifyDueMeasures(deps),
      notifyDueMeasures(deps),
      notifyDueMeasures(deps),
    ]);
    expect(await inbox(first.adviser.sub ?? "")).toHaveLength(1);
    expect(await inbox(second.adviser.sub ?? "")).toHaveLength(1);
    expect(results.reduce((sum, r) => sum + r.told, 0)).toBeGreaterThanOrEqual(2);
  });

  it("says nothing about a measure done or dropped, and again for a new due date", async () => {
    deps.setNow(new Date("2026-11-23T10:00:00Z"));
    const done = await agreed("2026-11-30");
    const dropped = await agreed("2026-11-30");
    const moved = await agreed("2026-11-20");
    await notifyDueMeasures(deps);
    expect(await inbox(moved.adviser.sub ?? "")).toHaveLength(1);
    for (const [m, status] of [
      [done, "done"],
      [dropped, "dropped"],
    ] as const) {
      await world.call("PATCH /employers/{id}/measures/{measureId}", {
        caller: m.adviser,
        params: { id: m.id, measureId: m.measureId },
        body: { status },
        headers: { "if-match": '"1"' },
      });
    }
    const later = await world.call("PATCH /employers/{id}/measures/{measureId}", {
      caller: moved.adviser,
      params: { id: moved.id, measureId: moved.measureId },
      body: { status: "in-progress", due: "2026-12-04" },
      headers: { "if-match": '"1"' },
    });
    expect(later.status).toBe(200);
    deps.setNow(new Date("2026-12-10T10:00:00Z"));
    await notifyDueMeasures(deps);
    expect(await inbox(done.adviser.sub ?? "")).toEqual([]);
    expect(await inbox(dropped.adviser.sub ?? "")).toEqual([]);
    const told = await inbox(moved.adviser.sub ?? "");
    expect(told.map((n) => n.text).sort()).toEqual([
      expect.stringContaining("seit 04.12.2026"),
      expect.stringContaining("seit 20.11.2026"),
    ]);
  });

  it("leaves a record being erased to its erasure", async () => {
    deps.setNow(new Date("2026-11-23T10:00:00Z"));
    const m = await agreed("2026-11-01");
    await world.call("DELETE /employers/{id}", {
      caller: m.adviser,
      params: { id: m.id },
      headers: { "if-match": '"1"' },
    });
    await notifyDueMeasures(deps);
    expect(await inbox(m.adviser.sub ?? "")).toEqual([]);
  });

  it("is mailed as the adviser's notify setting says", async () => {
    deps.setNow(new Date("2026-11-23T10:00:00Z"));
    const m = await agreed("2026-11-10", "Elektro Groß GmbH");
    const sub = m.adviser.sub ?? "";
    await profileRepository(deps).put({
      sub,
      org: "iq-leipzig",
      role: "coach",
      notify: "immediately",
      version: 1,
      email: "beraterin@iq-leipzig.example",
    });
    await notifyDueMeasures(deps);
    const [notice] = await inbox(sub);
    const { Item } = await deps.db.send(
      new GetCommand({ TableName: deps.tableName, Key: { PK: notice?.PK, SK: notice?.SK } }),
    );
    await noticeMail.react(
      { ...deps, mail: mail.mailer },
      { eventId: "stream-1", eventName: "INSERT", newItem: Item ?? {} },
    );
    const mails = await mailsTo(mail.catcher, "beraterin@iq-leipzig.example");
    expect(mails.map((x) => x.subject)).toEqual(["Passung: Maßnahme fällig"]);
    expect(mails[0]?.text).toContain(
      "Maßnahme „Mentoring“ mit Elektro Groß GmbH ist seit 10.11.2026 fällig.",
    );
    expect(mails[0]?.text).not.toMatch(/Beispiel|Patin/);
  });
});
