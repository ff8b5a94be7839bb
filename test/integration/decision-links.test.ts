import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notificationRoutes } from "../../functions/notifications/routes.ts";
import { signDecisionClaim } from "../../shared/domain/decision-token.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import type { Deps } from "../../shared/runtime.ts";
import { testDeps } from "../support/db.ts";
import { invoke } from "../support/events.ts";
import { mailsTo, testMailCatcher, TEST_WEB_URL } from "../support/mail-catcher.ts";
import { adviser, CONTACT_EMAIL, onBehalfWorld } from "../support/on-behalf-world.ts";
import { coach } from "../support/referral-world.ts";
import { drainStream } from "../support/stream.ts";

/*
 * The company decides through the signed link: sent by the counselling organisation, mailed from
 * the change stream into a real MailDev, opened and used without an account — once.
 */
let world: Awaited<ReturnType<typeof onBehalfWorld>>;
let mail: Awaited<ReturnType<typeof testMailCatcher>>;
let deps: Deps & { setNow(d: Date): void };
let employerId: string;
const START = new Date("2026-11-23T10:00:00Z");
const MESSAGE = "Frau A. aus Syrien, Tel. 0170 1234567";
const OWN_REFERENCE = "AKTE-Hassan-77";

beforeAll(async () => {
  mail = await testMailCatcher();
  deps = { ...(await testDeps(START, undefined, { stream: true })), mail: mail.mailer };
  world = await onBehalfWorld(deps);
  employerId = (await world.employerRecord()).id;
  const me = await world.call("organisations", "PUT /me", {
    caller: coach,
    body: { name: "Samira Coach", email: "samira@mozaik.example.org", phone: "0521 123" },
  });
  expect(me.status).toBe(200);
}, 180_000);
afterAll(async () => {
  await mail?.catcher.stop();
});

/** A proposed referral from MOZAIK's coach to a place the adviser keeps for the employer. */
async function proposal(capacity = 2) {
  const place = (await world.placeOnBehalf(employerId, { capacity, title: "Hospitation Pflege Sonnenhof" }))
    .body as { id: string };
  const candidate = await world.candidate({ ownReference: OWN_REFERENCE }, coach);
  const res = await world.call("referrals", "POST /referrals", {
    caller: coach,
    body: {
      candidateId: candidate.id,
      placeId: place.id,
      notes: ["can-start-now", "has-driving-licence"],
      message: MESSAGE,
    },
  });
  expect(res.status).toBe(201);
  return { placeId: place.id, referralId: (res.body as { id: string }).id };
}

/** Sends the link and reads the token out of the mail the contact received. */
async function linkFor(referralId: string): Promise<string> {
  const before = (await mailsTo(mail.catcher, CONTACT_EMAIL)).length;
  const sent = await world.sendLink(referralId);
  expect(sent.status).toBe(202);
  while ((await drainStream(deps)) > 0);
  const mails = await mailsTo(mail.catcher, CONTACT_EMAIL);
  expect(mails).toHaveLength(before + 1);
  const text = mails.at(-1)?.text ?? "";
  const token = new RegExp(`${TEST_WEB_URL}/entscheidung#(\\S+)`).exec(text)?.[1];
  if (!token) throw new Error(`no link in ${text}`);
  return token;
}

const view = (token: string) => world.decide("GET /decisions/{token}", { params: { token } });
const decide = (token: string, body: unknown) =>
  world.decide("POST /decisions/{token}", { params: { token }, body });
const referralAs = async (id: string) =>
  (await world.call("referrals", "GET /referrals/{id}", { caller: coach, params: { id } })).body as {
    status: string;
    version: number;
  };
const seatsOf = async (id: string) =>
  (
    (await world.call("places", "GET /mentoring-places/{id}", { caller: adviser, params: { id } })).body as {
      acceptedCount: number;
    }
  ).acceptedCount;

describe("the company's decision link", () => {
  it("mails the contact a link with nothing about the person; the page shows the profile and notes, then the hand-off", async () => {
    const { placeId, referralId } = await proposal();
    const token = await linkFor(referralId);
    const [sent] = (await mailsTo(mail.catcher, CONTACT_EMAIL)).slice(-1);
    expect(sent?.subject).toBe("Vorschlag für Ihren Mentoringplatz: bitte entscheiden");
    for (const secret of [MESSAGE, OWN_REFERENCE, "Aktenzeichen", referralId.slice(0, 0) || "Samira"])
      expect(sent?.text).not.toContain(secret);

    const page = await view(token);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      status: "proposed",
      expiresAt: "2026-12-07T10:00:00.000Z",
      place: { title: "Hospitation Pflege Sonnenhof", company: "Pflegeheim Sonnenhof", town: "Leipzig" },
      profile: { occupation: "81302", occupationTitle: expect.any(String) },
      notes: [
        { code: "can-start-now", label: "Kann sofort beginnen" },
        { code: "has-driving-licence", label: "Führerschein vorhanden" },
      ],
    });
    const shown = JSON.stringify(page.body);
    for (const secret of [MESSAGE, OWN_REFERENCE, "candidateId", "message", "ownReference", "reference"])
      expect(shown).not.toContain(secret);

    const accepted = await decide(token, { decision: "accept" });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({
      status: "accepted",
      handoff: { coach: { name: "Samira Coach", email: "samira@mozaik.example.org", phone: "0521 123" } },
    });
    expect(await seatsOf(placeId)).toBe(1);
    expect(await referralAs(referralId)).toMatchObject({ status: "accepted" });
  });

  it("refuses a second use (410) and changes nothing", async () => {
    const { placeId, referralId } = await proposal();
    const token = await linkFor(referralId);
    expect((await decide(token, { decision: "decline", reason: "no-capacity" })).status).toBe(200);
    const before = await referralAs(referralId);
    for (const again of [() => decide(token, { decision: "accept" }), () => view(token)]) {
      const res = await again();
      expect(res.status).toBe(410);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.body).toMatchObject({ reason: "used" });
    }
    expect(await referralAs(referralId)).toEqual(before);
    expect(before).toMatchObject({ status: "declined", declineReason: "no-capacity" });
    expect(await seatsOf(placeId)).toBe(0);
  });

  it("of parallel decisions with one link exactly one is written (the link used in the decision's transaction)", async () => {
    const { placeId, referralId } = await proposal(5);
    const token = await linkFor(referralId);
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => decide(token, { decision: i % 2 ? "decline" : "accept" })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 410, 410, 410, 410, 410]);
    // Each loser learns the link was used (its use is written with the decision, or not at all).
    const lost = answers.filter((a) => a.status === 410).map((a) => (a.body as { reason: string }).reason);
    expect(lost).toEqual(["used", "used", "used", "used", "used"]);
    const won = answers.find((a) => a.status === 200)?.body as { status: string };
    expect(await referralAs(referralId)).toMatchObject({ status: won.status, version: 2 });
    expect(await seatsOf(placeId)).toBe(won.status === "accepted" ? 1 : 0);
  });

  it("expires after 14 days (410), usable until then", async () => {
    const { referralId } = await proposal();
    const token = await linkFor(referralId);
    try {
      deps.setNow(new Date("2026-12-07T10:00:00Z"));
      expect((await view(token)).status).toBe(200);
      deps.setNow(new Date("2026-12-07T10:00:01Z"));
      for (const res of [await view(token), await decide(token, { decision: "accept" })]) {
        expect(res.status).toBe(410);
        expect(res.body).toMatchObject({ reason: "expired" });
      }
    } finally {
      deps.setNow(START);
    }
    expect(await referralAs(referralId)).toMatchObject({ status: "proposed", version: 1 });
  });

  it("refuses another referral's id, a forged signature and a changed expiry (404), changing nothing", async () => {
    const a = await proposal();
    const b = await proposal();
    const token = await linkFor(a.referralId);
    const [, expiry, nonce, signature] = token.split(".");
    const forged = [
      `${b.referralId}.${expiry}.${nonce}.${signature}`,
      signDecisionClaim("another secret", {
        referralId: a.referralId,
        expiresAt: Number(expiry),
        nonce: nonce ?? "",
      }),
      `${a.referralId}.${Number(expiry) + 86_400 * 30}.${nonce}.${signature}`,
      `${a.referralId}.${expiry}.${nonce}.${signature?.replace(/^./, (c) => (c === "A" ? "B" : "A"))}`,
      "nonsense",
    ];
    for (const bad of forged) {
      for (const res of [await view(bad), await decide(bad, { decision: "accept" })]) {
        expect(res.status, bad).toBe(404);
        expect(res.headers["content-type"]).toContain("application/problem+json");
      }
    }
    expect(await referralAs(a.referralId)).toMatchObject({ status: "proposed", version: 1 });
    expect(await referralAs(b.referralId)).toMatchObject({ status: "proposed", version: 1 });
    // The real link still works after all that.
    expect((await decide(token, { decision: "accept" })).status).toBe(200);
  });

  it("a link to a referral that was answered or withdrawn meanwhile is gone (410 closed)", async () => {
    const { referralId } = await proposal();
    const token = await linkFor(referralId);
    expect((await world.act(referralId, "withdraw", coach)).status).toBe(200);
    const res = await decide(token, { decision: "accept" });
    expect(res.status).toBe(410);
    expect(res.body).toMatchObject({ reason: "closed" });
  });

  it("is sent only by the keeping organisation, for a proposed referral, to an employer with a contact e-mail", async () => {
    const { referralId } = await proposal();
    expect((await world.sendLink(referralId, coach)).status).toBe(403);
    expect((await world.sendLink(referralId, { role: "coach", org: "iq-chemnitz" })).status).toBe(404);
    expect((await world.sendLink("no-such-referral")).status).toBe(404);

    const quiet = await world.employerRecord(adviser.org, {
      contact: { name: "Herr Roth", consentDate: "2026-11-01" },
    });
    const place = (await world.placeOnBehalf(quiet.id)).body as { id: string };
    const candidate = await world.candidate({}, coach);
    const proposed = (await world.propose(candidate.id, place.id, coach)).body as { id: string };
    const noMail = await world.sendLink(proposed.id);
    expect(noMail.status).toBe(409);
    expect((noMail.body as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      "contact.email",
    ]);

    expect((await world.act(referralId, "accept", adviser)).status).toBe(200);
    expect((await world.sendLink(referralId)).status).toBe(409);
  });

  it("a decline takes a reason; a reason with an acceptance or an unknown decision is a 400 naming the field", async () => {
    const { referralId } = await proposal();
    const token = await linkFor(referralId);
    for (const [body, field] of [
      [{ decision: "accept", reason: "no-capacity" }, "reason"],
      [{ decision: "maybe" }, "decision"],
      [{ decision: "decline", reason: "too-old" }, "reason"],
    ] as const) {
      const res = await decide(token, body);
      expect(res.status).toBe(400);
      expect((res.body as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([field]);
    }
    expect(await referralAs(referralId)).toMatchObject({ status: "proposed", version: 1 });
    const declined = await decide(token, { decision: "decline", reason: "requirements-not-met" });
    expect(declined.body).toEqual({ status: "declined", declineReason: "requirements-not-met" });
  });

  it("a refused mail tells the coach who sent the link, once, naming the company and the place", async () => {
    const { referralId } = await proposal();
    const inbox = async () =>
      (
        (await invoke(dispatch(notificationRoutes(deps)), "GET /notifications", { caller: adviser })).body
          .items as { type: string; text: string; link: string }[]
      ).filter((n) => n.type === "referral.decisionLinkFailed");
    const before = (await mailsTo(mail.catcher, CONTACT_EMAIL)).length;
    const working = deps.mail;
    if (!working) throw new Error("no mail port");
    deps.mail = {
      ...working,
      sender: {
        send: async () => {
          throw new Error("MessageRejected: Email address is not verified.");
        },
      },
    };
    try {
      expect((await world.sendLink(referralId)).status).toBe(202);
      while ((await drainStream(deps)) > 0);
    } finally {
      deps.mail = working;
    }
    expect(await mailsTo(mail.catcher, CONTACT_EMAIL)).toHaveLength(before);
    expect(await inbox()).toEqual([
      {
        ...(await inbox())[0],
        type: "referral.decisionLinkFailed",
        text: "Der Link zur Entscheidung über „Hospitation Pflege Sonnenhof“ konnte nicht an Pflegeheim Sonnenhof zugestellt werden. Bitte prüfen Sie die E-Mail-Adresse der Ansprechperson und senden Sie den Link erneut.",
        link: `/beratung/arbeitgeber/${employerId}`,
      },
    ]);
    // A new link goes out as usual.
    await linkFor(referralId);
    expect(await inbox()).toHaveLength(1);
  });
});
