import { beforeAll, describe, expect, it } from "vitest";
import { deliverNotices, noticeId, recipientsOfOrg } from "../../shared/app/notices.ts";
import { referralNoticeDrafts, referralNotices } from "../../shared/app/referral-notices.ts";
import type { StreamChange, TableItem } from "../../shared/app/stream-reactions.ts";
import { candidateKey } from "../../shared/db/keys.ts";
import { noticeRepository } from "../../shared/db/notice-repository.ts";
import { profileRepository } from "../../shared/db/profile-repository.ts";
import type { Deps } from "../../shared/runtime.ts";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { testDeps } from "../support/db.ts";

let deps: Deps;
const MESSAGE = "Frau K. spricht fließend Arabisch";

/** A referral item as the stream shows it (keys included). */
const referral = (fields: Record<string, unknown>): TableItem => ({
  PK: "REF#r1",
  SK: "REF",
  id: "r1",
  candidateId: "cand-1",
  org: "mozaik",
  placeId: "p1",
  placeTitle: "Mentoring Pflege",
  placeOrg: "klinikum",
  status: "proposed",
  message: MESSAGE,
  history: [{ status: "proposed", at: "2026-11-23T10:00:00.000Z", by: "coach-1", role: "coach" }],
  ...fields,
});
const offerReferral = (fields: Record<string, unknown> = {}) => {
  const { placeId: _p, placeTitle: _t, placeOrg: _o, ...rest } = referral(fields);
  return { offerId: "o1", offerTitle: "Anpassungsqualifizierung Pflege", offerOrg: "bildung-plus", ...rest };
};
const insert = (newItem: TableItem): StreamChange => ({ eventId: "e-insert", eventName: "INSERT", newItem });
const answer = (status: string, fields: Record<string, unknown> = {}): StreamChange => ({
  eventId: `e-${status}`,
  eventName: "MODIFY",
  oldItem: referral(fields),
  newItem: referral({ status, ...fields }),
});
const who = (drafts: { recipient: string }[]) => drafts.map((d) => d.recipient).sort();

beforeAll(async () => {
  deps = await testDeps();
  const profiles = profileRepository(deps);
  const profile = (sub: string, org: string, role: string) =>
    profiles.put({ sub, org, role, notify: "immediately", version: 1 });
  await Promise.all([
    profile("emp-1", "klinikum", "employer"),
    profile("emp-2", "klinikum", "employer"),
    profile("admin-k", "klinikum", "admin"),
    profile("prov-1", "bildung-plus", "provider"),
    profile("coach-1", "mozaik", "coach"),
    profile("coach-2", "mozaik", "coach"),
    profile("coach-3", "caritas", "coach"),
    profile("emp-x", "anderer-betrieb", "employer"),
  ]);
  // The candidate whose case number the coach's notice carries.
  await deps.db.send(
    new PutCommand({
      TableName: deps.tableName,
      Item: {
        ...candidateKey("cand-1"),
        id: "cand-1",
        reference: "OWL-2026-0042",
        ownReference: "AKTE-Hassan-1985",
        expiresAt: "2027-11-23T10:00:00Z",
      },
    }),
  );
}, 180_000);

describe("referral notices: who gets what", () => {
  it("a proposal to a place: every member of the place's organisation, nobody else", async () => {
    const drafts = await referralNoticeDrafts(deps, insert(referral({})));
    expect(who(drafts)).toEqual(["admin-k", "emp-1", "emp-2"]);
    for (const d of drafts)
      expect(d).toStrictEqual({
        eventId: "e-insert",
        recipient: d.recipient,
        org: "klinikum",
        type: "referral.proposed",
        text: "Neuer Vorschlag für Ihren Mentoringplatz „Mentoring Pflege“: bitte prüfen und annehmen oder ablehnen.",
        link: "/betrieb/vorschlaege",
      });
  });

  it("a proposal to a place kept on behalf of an employer: the counselling organisation's members, at its employers' page", async () => {
    const drafts = await referralNoticeDrafts(
      deps,
      insert(referral({ placeOrg: "caritas", onBehalfOf: "emp-record-1", company: "Pflegeheim" })),
    );
    expect(drafts.map((d) => [d.recipient, d.type, d.link, d.org])).toEqual([
      ["coach-3", "referral.proposed", "/beratung/arbeitgeber", "caritas"],
    ]);
  });

  it("withdrawn by the place's side (its employer record erased): the proposing coach, with the case number only", async () => {
    const gone = (status: string) => ({
      placeOrg: "caritas",
      onBehalfOf: "emp-record-1",
      status,
      history: [
        { status: "proposed", at: "2026-11-23T10:00:00.000Z", by: "coach-1", role: "coach" },
        ...(status === "withdrawn"
          ? [{ status: "withdrawn", at: "2026-11-24T10:00:00.000Z", by: "passung", role: "employer" }]
          : []),
      ],
    });
    const drafts = await referralNoticeDrafts(deps, {
      eventId: "e-gone",
      eventName: "MODIFY",
      oldItem: referral(gone("proposed")),
      newItem: referral(gone("withdrawn")),
    });
    expect(drafts).toStrictEqual([
      {
        eventId: "e-gone",
        recipient: "coach-1",
        org: "mozaik",
        type: "referral.withdrawn",
        text: "Der Mentoringplatz „Mentoring Pflege“ besteht nicht mehr; Ihr Vorschlag (Aktenzeichen OWL-2026-0042) wurde zurückgezogen.",
        link: "/beratung/vorschlaege",
        candidateId: "cand-1",
      },
    ]);
    // The referring coach's own withdrawal still tells the counselling organisation.
    const byCoach = await referralNoticeDrafts(deps, {
      eventId: "e-coach",
      eventName: "MODIFY",
      oldItem: referral({ placeOrg: "caritas", onBehalfOf: "emp-record-1" }),
      newItem: referral({
        placeOrg: "caritas",
        onBehalfOf: "emp-record-1",
        status: "withdrawn",
        history: [
          { status: "proposed", at: "2026-11-23T10:00:00.000Z", by: "coach-1", role: "coach" },
          { status: "withdrawn", at: "2026-11-24T10:00:00.000Z", by: "coach-1", role: "coach" },
        ],
      }),
    });
    expect(byCoach.map((d) => [d.recipient, d.link])).toEqual([["coach-3", "/beratung/arbeitgeber"]]);
  });

  it("a proposal to an offer: the provider's members, linking to the provider's page", async () => {
    const drafts = await referralNoticeDrafts(deps, insert(offerReferral()));
    expect(drafts.map((d) => [d.recipient, d.type, d.link, d.org])).toEqual([
      ["prov-1", "referral.proposed", "/traeger/vorschlaege", "bildung-plus"],
    ]);
    expect(drafts[0]?.text).toContain("Ihr Qualifizierungsangebot „Anpassungsqualifizierung Pflege“");
  });

  it("accepted or declined: the proposing coach, with the case number and nothing else about the candidate", async () => {
    const accepted = await referralNoticeDrafts(deps, answer("accepted"));
    expect(accepted).toEqual([
      {
        eventId: "e-accepted",
        recipient: "coach-1",
        org: "mozaik",
        type: "referral.accepted",
        text: "Ihr Vorschlag (Aktenzeichen OWL-2026-0042) für „Mentoring Pflege“ wurde angenommen.",
        link: "/beratung/vorschlaege",
        candidateId: "cand-1",
      },
    ]);
    const declined = await referralNoticeDrafts(deps, answer("declined"));
    expect(declined.map((d) => [d.recipient, d.type])).toEqual([["coach-1", "referral.declined"]]);
    expect(declined[0]?.text).toContain("wurde abgelehnt");
    const offer = await referralNoticeDrafts(deps, {
      eventId: "e-offer",
      eventName: "MODIFY",
      oldItem: offerReferral(),
      newItem: offerReferral({ status: "accepted" }),
    });
    expect(offer.map((d) => [d.recipient, d.text])).toEqual([
      [
        "coach-1",
        "Ihr Vorschlag (Aktenzeichen OWL-2026-0042) für „Anpassungsqualifizierung Pflege“ wurde angenommen.",
      ],
    ]);
  });

  it("the proposer's profile gone (or moved to another organisation): that organisation's coaches", async () => {
    const gone = await referralNoticeDrafts(
      deps,
      answer("accepted", { history: [{ status: "proposed", at: "x", by: "coach-gone", role: "coach" }] }),
    );
    expect(who(gone)).toEqual(["coach-1", "coach-2"]);
    const moved = await referralNoticeDrafts(
      deps,
      answer("declined", {
        org: "mozaik",
        history: [{ status: "proposed", at: "x", by: "coach-3", role: "coach" }],
      }),
    );
    expect(who(moved)).toEqual(["coach-1", "coach-2"]);
    // No coach of that organisation is known: the proposer's inbox still gets it.
    const alone = await referralNoticeDrafts(
      deps,
      answer("accepted", {
        org: "leere-beratung",
        history: [{ status: "proposed", at: "x", by: "coach-gone", role: "coach" }],
      }),
    );
    expect(who(alone)).toEqual(["coach-gone"]);
  });

  it("withdrawn, or gone while open: the place's organisation, saying so without a word about the person", async () => {
    const proposed = await referralNoticeDrafts(deps, answer("withdrawn"));
    expect(who(proposed)).toEqual(["admin-k", "emp-1", "emp-2"]);
    for (const d of proposed)
      expect(d).toEqual({
        eventId: "e-withdrawn",
        recipient: d.recipient,
        org: "klinikum",
        type: "referral.withdrawn",
        text: "Ein Vorschlag für Ihren Mentoringplatz „Mentoring Pflege“ wurde zurückgezogen.",
        link: "/betrieb/vorschlaege",
      });
    const accepted = await referralNoticeDrafts(deps, {
      eventId: "e-w",
      eventName: "MODIFY",
      oldItem: offerReferral({ status: "accepted" }),
      newItem: offerReferral({ status: "withdrawn" }),
    });
    expect(accepted.map((d) => [d.recipient, d.type, d.link, d.text])).toEqual([
      [
        "prov-1",
        "referral.withdrawn",
        "/traeger/vorschlaege",
        "Eine angenommene Vermittlung für Ihr Qualifizierungsangebot „Anpassungsqualifizierung Pflege“ wurde zurückgezogen; der Platz ist wieder frei.",
      ],
    ]);
    // Removed while open: its retention ran out (TTL). Removed when closed: nothing more to say.
    const expired = {
      eventId: "e-gone",
      eventName: "REMOVE" as const,
      oldItem: referral({ status: "accepted" }),
    };
    expect(referralNotices.handles(expired)).toBe(true);
    expect((await referralNoticeDrafts(deps, expired)).map((d) => d.text)).toEqual(
      Array(3).fill(
        "Eine angenommene Vermittlung für Ihren Mentoringplatz „Mentoring Pflege“ wurde zurückgezogen; der Platz ist wieder frei.",
      ),
    );
    for (const status of ["withdrawn", "declined"])
      expect(
        await referralNoticeDrafts(deps, {
          eventId: "e",
          eventName: "REMOVE",
          oldItem: referral({ status }),
        }),
      ).toEqual([]);
    for (const d of [...proposed, ...accepted]) expect(`${d.text} ${d.link}`).not.toContain("cand-1");
  });

  it("only the coach's notices name the candidate, and only those are linked to it (erased with it)", async () => {
    const [answered] = await referralNoticeDrafts(deps, answer("accepted"));
    expect(answered?.candidateId).toBe("cand-1");
    const partner = [
      ...(await referralNoticeDrafts(deps, insert(referral({})))),
      ...(await referralNoticeDrafts(deps, answer("withdrawn"))),
    ];
    for (const d of partner) expect(d.candidateId).toBeUndefined();
    // No case number (the candidate is being erased): the notice names nobody and stays unlinked.
    const [anonymous] = await referralNoticeDrafts(deps, answer("declined", { candidateId: "cand-gone" }));
    expect(anonymous?.text).toBe("Ihr Vorschlag für „Mentoring Pflege“ wurde abgelehnt.");
    expect(anonymous?.candidateId).toBeUndefined();
  });

  it("no notice for other changes: a second write of the same status, a withdrawal of a closed one, other items", async () => {
    expect(
      await referralNoticeDrafts(deps, {
        eventId: "e",
        eventName: "MODIFY",
        oldItem: referral({ status: "declined" }),
        newItem: referral({ status: "withdrawn" }),
      }),
    ).toEqual([]);
    const accepted = referral({ status: "accepted" });
    expect(
      await referralNoticeDrafts(deps, {
        eventId: "e",
        eventName: "MODIFY",
        oldItem: accepted,
        newItem: accepted,
      }),
    ).toEqual([]);
    expect(await referralNoticeDrafts(deps, insert(referral({ status: "accepted" })))).toEqual([]);
    expect(referralNotices.handles(insert({ ...referral({}), PK: "ANON#x", SK: "REFERRAL" }))).toBe(false);
    expect(referralNotices.handles(insert({ PK: "CAND#c", SK: "CAND" }))).toBe(false);
  });

  it("never quotes the referral's message or names the candidate's id", async () => {
    const drafts = [
      ...(await referralNoticeDrafts(deps, insert(referral({})))),
      ...(await referralNoticeDrafts(deps, answer("accepted"))),
    ];
    for (const d of drafts) {
      expect(d.text).not.toContain(MESSAGE);
      expect(`${d.text} ${d.link}`).not.toContain("cand-1");
    }
  });
});

describe("deliverNotices and recipientsOfOrg", () => {
  it("writes one notice per event and recipient, however often the event comes", async () => {
    const draft = {
      eventId: "e-once",
      recipient: "emp-1",
      org: "klinikum",
      type: "referral.proposed" as const,
      text: "Neuer Vorschlag",
      link: "/betrieb/vorschlaege",
    };
    expect(await deliverNotices(deps, [draft, draft])).toBe(1);
    expect(await deliverNotices(deps, [draft])).toBe(0);
    const inbox = await noticeRepository(deps).list("emp-1", { limit: 10 });
    expect(inbox.items.filter((n) => n.id === noticeId(draft))).toHaveLength(1);
  });

  it("lists an organisation's staff, optionally one role", async () => {
    expect((await recipientsOfOrg(deps, "mozaik")).map((r) => r.sub).sort()).toEqual(["coach-1", "coach-2"]);
    expect((await recipientsOfOrg(deps, "klinikum", "admin")).map((r) => r.sub)).toEqual(["admin-k"]);
    expect(await recipientsOfOrg(deps, "niemand")).toEqual([]);
  });
});
