import { afterAll, beforeAll, expect, it } from "vitest";
import type { Deps } from "../../shared/runtime.ts";
import { testDeps } from "../support/db.ts";
import { mailsTo, testMailCatcher, TEST_WEB_URL } from "../support/mail-catcher.ts";
import { coach, employer, referralWorld } from "../support/referral-world.ts";
import { drainStream } from "../support/stream.ts";

/*
 * The whole way, as on AWS: a referral written by the API → the table's stream → the referral
 * reaction writes notices → their INSERTs → the mail reaction → SMTP into a real MailDev.
 */
let world: Awaited<ReturnType<typeof referralWorld>>;
let mail: Awaited<ReturnType<typeof testMailCatcher>>;
const MESSAGE = "Sehr motiviert, spricht Arabisch und Kurdisch";
/** The coach's own file number: never in a mail (the coach's mail names the issued case number). */
const OWN_REFERENCE = "AKTE-Hassan-77";

beforeAll(async () => {
  mail = await testMailCatcher();
  const deps: Deps = { ...(await testDeps(undefined, undefined, { stream: true })), mail: mail.mailer };
  world = await referralWorld(deps);
  for (const [caller, email] of [
    [employer, "station3@example.org"],
    [coach, "beratung@example.org"],
  ] as const) {
    const me = await world.call("organisations", "PUT /me", {
      caller,
      body: { email, notify: "immediately" },
    });
    expect(me.status).toBe(200);
  }
}, 180_000);
afterAll(async () => {
  await mail?.catcher.stop();
});

/** Drains until the stream is quiet: notices written by one pass are mailed by the next. */
async function settle() {
  while ((await drainStream(world.deps)) > 0);
}

it("mails the proposal to the employer and the answer to the coach — never the message, never the candidate", async () => {
  const place = await world.place({ title: "Mentoring Pflege Station 3" });
  const candidate = await world.candidate({ ownReference: OWN_REFERENCE });
  const proposed = await world.propose(candidate.id, place.id, coach, MESSAGE);
  expect(proposed.status).toBe(201);
  await settle();

  const toEmployer = await mailsTo(mail.catcher, "station3@example.org");
  expect(toEmployer.map((m) => m.subject)).toEqual(["Passung: Neuer Vorschlag"]);
  expect(toEmployer[0]?.text).toContain("„Mentoring Pflege Station 3“");
  expect(toEmployer[0]?.text).toContain(`${TEST_WEB_URL}/betrieb/vorschlaege`);

  expect((await world.act(proposed.body.id as string, "accept", employer)).status).toBe(200);
  await settle();
  await settle(); // a quiet stream: nothing more is sent
  const toCoach = await mailsTo(mail.catcher, "beratung@example.org");
  expect(toCoach.map((m) => m.subject)).toEqual(["Passung: Vorschlag angenommen"]);
  expect(toCoach[0]?.text).toContain("(Aktenzeichen MOZ-2026-0001)");
  expect(await mailsTo(mail.catcher, "station3@example.org")).toHaveLength(1);

  for (const sent of [...toEmployer, ...toCoach]) {
    expect(sent.text).not.toContain("motiviert");
    expect(sent.text).not.toContain("Arabisch");
    expect(sent.text).not.toContain(candidate.id);
    expect(sent.text).not.toContain("Hassan");
  }
});
