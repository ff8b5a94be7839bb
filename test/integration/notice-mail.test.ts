import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDigests } from "../../shared/app/mail-digest.ts";
import { MAX_ATTEMPTS } from "../../shared/app/mail-outbox.ts";
import { sendDueRetries } from "../../shared/app/mail-retries.ts";
import { noticeMail } from "../../shared/app/notice-mail.ts";
import { deliverNotices, type NoticeDraft, noticeId } from "../../shared/app/notices.ts";
import type { StreamChange } from "../../shared/app/stream-changes.ts";
import { mailMarkerKey, noticeKey } from "../../shared/db/keys.ts";
import { noticeRepository } from "../../shared/db/notice-repository.ts";
import { profileRepository } from "../../shared/db/profile-repository.ts";
import type { Deps } from "../../shared/runtime.ts";
import type { NOTIFY_CHOICES } from "../../shared/schemas/organisation.ts";
import { testDeps } from "../support/db.ts";
import { mailsTo, testMailCatcher, TEST_WEB_URL } from "../support/mail-catcher.ts";

/*
 * Notice mails into a real MailDev over SMTP, read back over its REST API. The stream's INSERT of
 * each notice is handed to the reaction as the stream consumer would (same image, same event id).
 */
let deps: Deps & { setNow(d: Date): void };
let mail: Awaited<ReturnType<typeof testMailCatcher>>;
let seq = 0;

beforeAll(async () => {
  deps = await testDeps(new Date("2026-11-23T10:00:00Z"));
  mail = await testMailCatcher();
  deps.mail = mail.mailer;
}, 120_000);
afterAll(async () => {
  await mail?.catcher.stop();
});

async function staff(notify: (typeof NOTIFY_CHOICES)[number], email?: string) {
  const sub = `user-${++seq}`;
  await profileRepository(deps).put({
    sub,
    org: "firma-muster",
    role: "employer",
    notify,
    version: 1,
    ...(email ? { email } : {}),
  });
  return sub;
}

/** Delivers a notice and returns the stream change of its INSERT (the item as written). */
async function noticeInserted(
  recipient: string,
  text = "Neuer Vorschlag für Ihren Mentoringplatz „Elektro“: bitte prüfen.",
) {
  const draft: NoticeDraft = {
    eventId: `event-${++seq}`,
    recipient,
    org: "firma-muster",
    type: "referral.proposed",
    text,
    link: "/betrieb/vorschlaege",
  };
  await deliverNotices(deps, [draft]);
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: noticeKey(recipient, noticeId(draft)) }),
  );
  if (!Item) throw new Error("notice not written");
  return { eventId: `stream-${seq}`, eventName: "INSERT", newItem: Item } satisfies StreamChange;
}

const allMails = async () =>
  ((await (await fetch(`${mail.catcher.webUrl}/api/email`)).json()) as unknown[]).length;

const marker = async (sub: string, mailId: string) =>
  (await deps.db.send(new GetCommand({ TableName: deps.tableName, Key: mailMarkerKey(sub, mailId) }))).Item;

describe("notify: immediately", () => {
  it("sends one German mail with the notice's text and the page's link, once per notice", async () => {
    const sub = await staff("immediately", "eva.muster@example.org");
    const change = await noticeInserted(sub);
    expect(noticeMail.handles(change)).toBe(true);
    await noticeMail.react(deps, change);
    await noticeMail.react(deps, change); // the stream delivers the record again

    const mails = await mailsTo(mail.catcher, "eva.muster@example.org");
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Passung: Neuer Vorschlag");
    expect(mails[0]?.from[0]?.address).toBe("benachrichtigung@passung.example.org");
    expect(mails[0]?.text).toContain("Neuer Vorschlag für Ihren Mentoringplatz „Elektro“: bitte prüfen.");
    expect(mails[0]?.text).toContain(`Ansehen: ${TEST_WEB_URL}/betrieb/vorschlaege`);
    expect(mails[0]?.text).toContain(`${TEST_WEB_URL}/konto`);
    expect(await marker(sub, `N#${change.newItem.id as string}`)).toMatchObject({
      state: "sent",
      attempts: 1,
    });
  });

  it("sends nothing for notify off, nor without an address", async () => {
    const off = await staff("off", "aus@example.org");
    const noAddress = await staff("immediately");
    const before = await allMails();
    const offChange = await noticeInserted(off);
    const noAddressChange = await noticeInserted(noAddress);
    await noticeMail.react(deps, offChange);
    await noticeMail.react(deps, noAddressChange);
    expect(await allMails()).toBe(before);
    expect(await marker(off, `N#${offChange.newItem.id as string}`)).toBeUndefined();
    expect(await marker(noAddress, `N#${noAddressChange.newItem.id as string}`)).toBeUndefined();
  });

  it("ignores what is not a new notice (a read notice is a MODIFY)", async () => {
    const change = await noticeInserted(await staff("immediately", "modify@example.org"));
    expect(noticeMail.handles({ ...change, eventName: "MODIFY" })).toBe(false);
    expect(noticeMail.handles({ ...change, newItem: { PK: "USER#x", SK: "PROFILE" } })).toBe(false);
  });
});

describe("notify: daily", () => {
  it("mails nothing at once, then one digest a day listing the waiting notices", async () => {
    const sub = await staff("daily", "taeglich@example.org");
    await noticeMail.react(deps, await noticeInserted(sub, "Erster Vorschlag (Fall K-0001)."));
    await noticeMail.react(deps, await noticeInserted(sub, "Zweiter Vorschlag (Fall K-0002)."));
    expect(await mailsTo(mail.catcher, "taeglich@example.org")).toEqual([]);

    deps.setNow(new Date("2026-11-24T06:00:00Z"));
    expect(await sendDigests(deps, mail.mailer)).toEqual({ sent: 1, failed: 0, skipped: 0 });
    await noticeMail.react(deps, await noticeInserted(sub, "Dritter Vorschlag (Fall K-0003)."));
    await sendDigests(deps, mail.mailer); // the same day again: the day's digest went out already

    let mails = await mailsTo(mail.catcher, "taeglich@example.org");
    expect(mails.map((m) => m.subject)).toEqual(["Passung: 2 neue Benachrichtigungen"]);
    expect(mails[0]?.text).toContain("Erster Vorschlag (Fall K-0001).");
    expect(mails[0]?.text).toContain("Zweiter Vorschlag (Fall K-0002).");
    expect(mails[0]?.text).not.toContain("Dritter");

    deps.setNow(new Date("2026-11-25T06:00:00Z"));
    await sendDigests(deps, mail.mailer);
    mails = await mailsTo(mail.catcher, "taeglich@example.org");
    expect(mails.map((m) => m.subject)).toEqual([
      "Passung: 2 neue Benachrichtigungen",
      "Passung: 1 neue Benachrichtigung",
    ]);
    expect(mails[1]?.text).toContain("Dritter Vorschlag (Fall K-0003).");
  });
});

describe("mail service down", () => {
  it("keeps the notice, retries with backoff once the SMTP server is back, and sends once", async () => {
    const down = await testMailCatcher();
    const ports = { smtpPort: down.catcher.smtpPort, webPort: Number(new URL(down.catcher.webUrl).port) };
    await down.catcher.stop();
    const offline = { ...deps, mail: down.mailer };
    offline.setNow(new Date("2026-11-26T10:00:00Z"));
    const sub = await staff("immediately", "zurueck@example.org");
    const change = await noticeInserted(sub);
    await noticeMail.react(offline, change); // does not throw: the stream moves on
    const mailId = `N#${change.newItem.id as string}`;
    expect(await marker(sub, mailId)).toMatchObject({
      state: "retry",
      attempts: 1,
      nextAttemptAt: "2026-11-26T10:01:00.000Z",
    });
    // The notice is in the inbox regardless.
    const inbox = await noticeRepository(deps).list(sub, { limit: 10 });
    expect(inbox.items.map((n) => n.id)).toEqual([change.newItem.id]);

    const back = await testMailCatcher(ports);
    try {
      expect(back.catcher.smtpPort).toBe(ports.smtpPort);
      // Not due yet: nothing is sent.
      expect(await sendDueRetries(offline, down.mailer)).toEqual({ sent: 0, failed: 0 });
      deps.setNow(new Date("2026-11-26T10:01:00Z"));
      expect(await sendDueRetries(offline, down.mailer)).toEqual({ sent: 1, failed: 0 });
      expect(await sendDueRetries(offline, down.mailer)).toEqual({ sent: 0, failed: 0 });
      await noticeMail.react(offline, change); // a late redelivery sends nothing either
      const mails = await mailsTo(back.catcher, "zurueck@example.org");
      expect(mails.map((m) => m.subject)).toEqual(["Passung: Neuer Vorschlag"]);
      expect(await marker(sub, mailId)).toMatchObject({ state: "sent", attempts: 2 });
    } finally {
      await back.catcher.stop();
    }
  });

  it("gives up after the last attempt, with the notice still in the inbox", async () => {
    const down = await testMailCatcher();
    await down.catcher.stop();
    const offline = { ...deps, mail: down.mailer };
    let now = new Date("2026-11-27T10:00:00Z").getTime();
    offline.setNow(new Date(now));
    const sub = await staff("immediately", "nie@example.org");
    const change = await noticeInserted(sub);
    await noticeMail.react(offline, change);
    for (let attempt = 2; attempt <= MAX_ATTEMPTS + 2; attempt++) {
      now += 5 * 3_600_000;
      offline.setNow(new Date(now));
      await sendDueRetries(offline, down.mailer);
    }
    expect(await marker(sub, `N#${change.newItem.id as string}`)).toMatchObject({
      state: "failed",
      attempts: MAX_ATTEMPTS,
    });
  });
});
