import { beforeAll, describe, expect, it } from "vitest";
import { candidateRoutes } from "../../functions/candidates/routes.ts";
import { employerRoutes } from "../../functions/employers/routes.ts";
import { matchRoutes } from "../../functions/matches/routes.ts";
import { notificationRoutes } from "../../functions/notifications/routes.ts";
import { organisationRoutes } from "../../functions/organisations/routes.ts";
import { referralRoutes } from "../../functions/referrals/routes.ts";
import { statisticsRoutes } from "../../functions/statistics/routes.ts";
import { demoOffers, demoPlaces } from "../../local/demo/demo-data.ts";
import { DEMO_PLACE_ON_BEHALF } from "../../local/demo/demo-employers.ts";
import { mentoringPlaceResource } from "../../shared/app/listing-resources.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { seedDemoData } from "../../local/demo/seed.ts";
import { NURSE_DIFFERENCES } from "../../local/demo/seed-nurse-case.ts";
import { daysAgo } from "../../local/demo/seed-call.ts";
import { entryDaysAgo, ESF, MOVED_CASE } from "../../local/demo/seed-participation.ts";
import { listingRepository } from "../../shared/db/listing-repository.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import type { Deps } from "../../shared/runtime.ts";
import { recordCommands, testDeps } from "../support/db.ts";
import { invoke } from "../support/events.ts";
import { drainStream } from "../support/stream.ts";

let deps: Deps;
const referrals = () => dispatch(referralRoutes(deps));
const COACH = { role: "coach" as const, org: "mozaik", sub: "demo-coach-mozaik" };
const ADVISER = {
  role: "coach" as const,
  org: "brueckenwerk-sachsen",
  sub: "demo-coach-brueckenwerk-sachsen",
};
const LEYLA = { name: "Leyla Demir", email: "leyla.demir@example.org", phone: "+49 521 000001" };
const PFLEGE_PLACE = "Anpassungslehrgang Pflege – Kardiologie und Geriatrie";
const PFLEGE_OFFER = "Anpassungslehrgang Pflege mit Praxiseinsätzen in Bielefelder Kliniken";
type Seen = Record<string, unknown> & {
  id: string;
  placeId?: string;
  placeTitle?: string;
  offerTitle?: string;
  status: string;
  declineReason?: string;
  handoff?: unknown;
};
const byTitle = (a: { title?: unknown }, b: { title?: unknown }) =>
  String(a.title).localeCompare(String(b.title));
let sent: string[] = [];

beforeAll(async () => {
  deps = await testDeps(undefined, undefined, { stream: true });
  sent = recordCommands(deps);
  await seedDemoData(deps);
}, 600_000);

describe("demo data", () => {
  it("seeds every offer and place once, published ones listed publicly", async () => {
    expect(await seedDemoData(deps)).toBeUndefined();
    const published = await listingRepository(deps, "offer").listPublished({ limit: 100 });
    expect(published.items).toHaveLength(demoOffers.filter((o) => o.input.status === "published").length);
    const places = await listingRepository(deps, "place").listPublished({ limit: 100 });
    const full = places.items.filter((p) => "capacity" in p && p.acceptedCount === p.capacity);
    expect(full.length).toBe(demoPlaces.filter((p) => p.taken === p.input.capacity).length);
  });

  it("answers a coach's match in Gütersloh for Pflegefachfrau with a bounded number of queries", async () => {
    sent.length = 0;
    const res = await invoke(dispatch(matchRoutes(deps)), "POST /matches", {
      caller: { role: "coach", org: "mozaik" },
      body: { occupation: "81302", location: { postalCode: "33330" } },
    });
    expect(res.status).toBe(200);
    expect(res.body.offers.length).toBeGreaterThan(0);
    expect(res.body.places.length).toBeGreaterThan(0);
    for (const m of [...res.body.offers, ...res.body.places]) {
      expect(m.item.status).toBe("published");
      expect(m.reasons.length).toBeGreaterThan(1);
      if (m.distanceKm !== null) expect(m.distanceKm).toBeLessThanOrEqual(50);
    }
    // Full places never appear.
    const fullIds = new Set(demoPlaces.filter((p) => p.taken === p.input.capacity).map((p) => p.input.title));
    expect(res.body.places.some((m: { item: { title: string } }) => fullIds.has(m.item.title))).toBe(false);
    // Reads: at most 9 Queries (never a Scan) and one BatchGet for the organisations' names of the
    // page; writes: the one match-search counter (the organisation's cell of the month).
    const count = (name: string) => sent.filter((sentName) => sentName === name).length;
    expect(new Set(sent)).toEqual(new Set(["QueryCommand", "BatchGetCommand", "UpdateCommand"]));
    expect(count("QueryCommand")).toBeLessThanOrEqual(9);
    expect(count("BatchGetCommand")).toBe(1);
    expect(count("UpdateCommand")).toBe(1);
  });

  it("tells the story after the match: the statistics page shows outcomes on first start", async () => {
    const res = await invoke(dispatch(statisticsRoutes(deps)), "GET /statistics", {
      caller: { role: "admin", org: "netzwerk" },
    });
    expect(res.status).toBe(200);
    // 12 qualifications begun, 9 completed, 6 full recognitions, 6 jobs (5 adequate; the one who
    // moved away has only its start), rounded by cell key.
    expect(res.body.totals.qualificationsStarted).toBeGreaterThanOrEqual(10);
    expect(res.body.totals.qualificationsCompleted).toBeGreaterThanOrEqual(5);
    expect(res.body.totals.employmentStarted).toBeGreaterThanOrEqual(5);
    expect(res.body.totals.referrals.proposed + res.body.totals.qualificationsStarted).toBeGreaterThan(0);
  });

  it("tells the hand-off: referrals to offers and places, proposed, accepted and declined with a reason", async () => {
    const mine = await invoke(referrals(), "GET /referrals", { caller: COACH });
    expect(mine.status).toBe(200);
    const story = (mine.body.items as Seen[])
      .map((r) => ({
        title: r.placeTitle ?? r.offerTitle,
        kind: r.placeId ? "place" : "offer",
        status: r.status,
        ...(r.declineReason ? { reason: r.declineReason } : {}),
      }))
      .sort(byTitle);
    expect(story).toEqual(
      [
        { title: PFLEGE_PLACE, kind: "place", status: "accepted" },
        { title: PFLEGE_OFFER, kind: "offer", status: "accepted" },
        {
          title: "Mentoring-Tandem Elektroniker/in Energie- und Gebäudetechnik",
          kind: "place",
          status: "proposed",
        },
        {
          title: "Anpassungsqualifizierung Elektroniker/in für Energie- und Gebäudetechnik",
          kind: "offer",
          status: "proposed",
        },
        // The nurse, from her saved plan's first step: the measure (Kenntnisprüfung) first.
        {
          title: "Vorbereitung auf die Kenntnisprüfung Pflegefachfrau/Pflegefachmann – Bielefeld",
          kind: "offer",
          status: "proposed",
        },
        {
          title: "Ingenieurwesen Maschinenbau: CAD, Normen und Projektpraxis",
          kind: "offer",
          status: "declined",
          reason: "requirements-not-met",
        },
      ].sort(byTitle),
    );
    // The coach sees the offer's contact person and both organisations' names, never slugs.
    const offer = (mine.body.items as Seen[]).find((r) => r.offerTitle === PFLEGE_OFFER);
    expect(offer).toMatchObject({
      orgName: "MOZAIK gGmbH",
      itemOrgName: "Gesundheitsakademie Teutoburger Wald gGmbH",
      handoff: {
        contact: { name: "Dr. Stefan Höner", email: "stefan.hoener@example.org", phone: "+49 521 000002" },
      },
    });
  });

  it("the employer of the accepted place sees who referred and the coach's work contact", async () => {
    const employer = {
      role: "employer" as const,
      org: "klinikum-am-sparrenberg",
      sub: "someone-at-the-klinikum",
    };
    const incoming = await invoke(referrals(), "GET /referrals", { caller: employer });
    const accepted = (incoming.body.items as Seen[]).filter((r) => r.status === "accepted");
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).not.toHaveProperty("candidateId");
    expect(accepted[0]?.handoff).toEqual({ orgName: "MOZAIK gGmbH", coach: LEYLA });
    // What the klinikum reads about the proposal: the coach's notes, not MOZAIK's own note.
    expect(accepted[0]).toMatchObject({
      notes: ["recognition-decision-available", "compensation-measure-required", "shift-work-possible"],
    });
    expect(accepted[0]).not.toHaveProperty("message");
    // The demo coach's own profile (/me) holds that contact.
    const me = await invoke(dispatch(organisationRoutes(deps)), "GET /me", { caller: COACH });
    expect(me.body).toMatchObject({ ...LEYLA, org: "mozaik", orgName: "MOZAIK gGmbH" });
  });

  it("records the accepted mentoring place's start and saves one candidate with alerts", async () => {
    const candidates = dispatch(candidateRoutes(deps));
    const listed = await invoke(candidates, "GET /candidates", { caller: COACH, query: "limit=100" });
    const all = listed.body.items as {
      id: string;
      reference: string;
      ownReference?: string;
      alerts: boolean;
    }[];
    // Twelve cases with a story after the match, and the nurse whose Bescheid just came (issue 28).
    expect(all).toHaveLength(13);
    // Issued case numbers; a third of the coaches' cases carry an own file number as well.
    expect(all.map((c) => c.reference).sort()).toEqual(
      Array.from({ length: 13 }, (_, i) => `MOZ-2026-${String(i + 1).padStart(4, "0")}`),
    );
    expect(all.flatMap((c) => c.ownReference ?? []).sort()).toEqual([
      "BI-Beratung/031",
      "BI-Beratung/043",
      "BI-Beratung/055",
      "BI-Beratung/067",
    ]);
    expect(all.filter((c) => c.alerts).map((c) => c.reference)).toEqual(["MOZ-2026-0005"]);
    const mentee = all.find((c) => c.reference === "MOZ-2026-0009");
    const milestones = await invoke(candidates, "GET /candidates/{id}/milestones", {
      caller: COACH,
      params: { id: mentee?.id ?? "" },
    });
    const placeReferral = (await invoke(referrals(), "GET /referrals", { caller: COACH })).body.items.find(
      (r: Seen) => r.placeTitle === PFLEGE_PLACE,
    );
    expect(milestones.body.items).toContainEqual(
      expect.objectContaining({ type: "mentoring.started", referralId: placeReferral.id }),
    );
  });

  it("holds the nurse's recognition case, and the topics it and the offers' modules use (issue 28)", async () => {
    const candidates = dispatch(candidateRoutes(deps));
    const listed = await invoke(candidates, "GET /candidates", { caller: COACH, query: "limit=100" });
    const nurse = (listed.body.items as { reference: string; recognition?: Record<string, unknown> }[]).find(
      (c) => c.recognition?.decision !== undefined,
    );
    expect(nurse).toMatchObject({
      reference: "MOZ-2026-0013",
      occupation: "81302",
      location: { place: "Gütersloh" },
      recognition: {
        referenceOccupation: { code: "81302-129", title: "Pflegefachmann/-frau (Ausbildung)" },
        trainedIn: "third-country",
        state: "05",
        decision: { kind: "compensation-required", measure: "knowledge-exam", choice: true },
      },
    });
    expect(nurse?.recognition?.body).toMatch(/ZAG-PuG/);
    expect((nurse?.recognition?.decision as { differences: unknown[] }).differences).toEqual(
      NURSE_DIFFERENCES,
    );

    await drainStream(deps);
    const topics = await invoke(dispatch(statisticsRoutes(deps)), "GET /topics", {
      caller: COACH,
      query: "occupation=81302&limit=100",
    });
    const count = (topic: string) =>
      (topics.body.items as { topic: string; count: number }[]).find((t) => t.topic === topic)?.count;
    // The nurse and both Bielefeld offers; the nurse and the Kenntnisprüfung course; the nurse and
    // the Anpassungslehrgang; the nurse alone — the topic nobody offers.
    expect(count("Pflegeprozess und Pflegeplanung")).toBe(3);
    expect(count("Rechtliche Grundlagen der Pflege")).toBe(2);
    expect(count("Akutstationäre Pflege")).toBe(2);
    expect(count("Palliativpflege und Sterbebegleitung")).toBe(1);
    const offered = demoOffers.flatMap((o) => (o.input.modules ?? []).flatMap((m) => m.topics));
    expect(offered).not.toContain("Palliativpflege und Sterbebegleitung");
    expect(offered).toContain("Akutstationäre Pflege");
  });

  it("carries the nurse's case on to a saved plan and a referral from its first course (issue 28)", async () => {
    const candidates = dispatch(candidateRoutes(deps));
    const listed = await invoke(candidates, "GET /candidates", { caller: COACH, query: "limit=100" });
    const nurse = (listed.body.items as { id: string; reference: string }[]).find(
      (c) => c.reference === "MOZ-2026-0013",
    );
    const plan = await invoke(candidates, "GET /candidates/{id}/plan", {
      caller: COACH,
      params: { id: nurse?.id ?? "" },
    });
    const saved = (plan.body as { saved?: { steps: { offerId?: string }[]; uncovered: { topic: string }[] } })
      .saved;
    expect(saved?.steps.length).toBeGreaterThan(0);
    // What nobody offers stays open: the plan says so, and it counts as unmet demand.
    expect(saved?.uncovered.map((u) => u.topic)).toContain("Palliativpflege und Sterbebegleitung");
    const firstCourse = saved?.steps.find((s) => s.offerId)?.offerId;
    const referrals = await invoke(dispatch(referralRoutes(deps)), "GET /referrals", {
      caller: COACH,
      query: `candidateId=${nurse?.id ?? ""}`,
    });
    expect(referrals.body.items).toEqual([
      expect.objectContaining({ offerId: firstCourse, status: "proposed" }),
    ]);
  });

  it("counsels two employers in Leipzig and Chemnitz, with sessions, one measure overdue and a place on behalf with one proposal (issue 29)", async () => {
    const employers = dispatch(employerRoutes(deps));
    const list = await invoke(employers, "GET /employers", { caller: ADVISER });
    const records = list.body.items as {
      id: string;
      name: string;
      size: string;
      district: { name: string };
    }[];
    expect(records.map((e) => [e.name, e.size, e.district.name])).toEqual([
      ["Lindenauer Präzisionstechnik GmbH", "medium", "Kreisfreie Stadt Leipzig"],
      ["Pflegedienst am Kaßberg gGmbH", "small", "Kreisfreie Stadt Chemnitz"],
    ]);
    const of = async (route: "sessions" | "measures") =>
      Promise.all(
        records.map(
          async (e) =>
            (
              await invoke(employers, `GET /employers/{id}/${route}`, {
                caller: ADVISER,
                params: { id: e.id },
              })
            ).body.items as Record<string, unknown>[],
        ),
      );
    expect((await of("sessions")).map((sessions) => sessions.length)).toEqual([2, 2]);
    const measures = (await of("measures")).flat();
    expect(measures.map((m) => [m.title, m.status, m.overdue])).toEqual([
      ["Mentoringplatz in der Dreherei beschreiben", "done", false],
      ["Einarbeitungsplan mit Sprachpatenschaft", "agreed", true],
      ["Workshop interkulturelle Zusammenarbeit für die Pflegeteams", "in-progress", false],
    ]);
    // The adviser who agreed them hears of the overdue one; another organisation sees none of it.
    expect(new Set(measures.map((m) => m.adviser))).toEqual(new Set([ADVISER.sub]));
    expect((await invoke(employers, "GET /employers", { caller: COACH })).body.items).toEqual([]);
    // The Leipzig company's place, kept on its behalf, with one proposal waiting for an answer.
    const places = await invoke(
      dispatch(listingHandlers(mentoringPlaceResource, deps)),
      "GET /mentoring-places",
      {
        caller: ADVISER,
        query: `org=${ADVISER.org}&onBehalfOf=${records[0]?.id}`,
      },
    );
    expect(
      (places.body.items as Record<string, unknown>[]).map((p) => [p.title, p.status, p.company]),
    ).toEqual([[DEMO_PLACE_ON_BEHALF.title, "published", "Lindenauer Präzisionstechnik GmbH"]]);
    const proposals = await invoke(referrals(), "GET /referrals", {
      caller: ADVISER,
      query: `onBehalfOf=${records[0]?.id}`,
    });
    expect((proposals.body.items as Seen[]).map((r) => [r.placeTitle, r.status])).toEqual([
      [DEMO_PLACE_ON_BEHALF.title, "proposed"],
    ]);
    const inbox = await invoke(dispatch(notificationRoutes(deps)), "GET /notifications", { caller: ADVISER });
    expect(
      (inbox.body.items as { type: string; link: string }[]).filter((n) => n.type === "employer.measureDue"),
    ).toEqual([expect.objectContaining({ link: `/beratung/arbeitgeber/${records[0]?.id}` })]);
  });

  it("gives the twelve cases entries, consents, ESF Plus data, two exits and one follow-up (issue 30)", async () => {
    const candidates = dispatch(candidateRoutes(deps));
    const listed = await invoke(candidates, "GET /candidates", { caller: COACH, query: "limit=100" });
    type Case = {
      id: string;
      reference: string;
      entryDate: string;
      exit?: { reason: string };
      esf?: unknown;
      consents: { scope: string; withdrawn?: unknown }[];
    };
    const cases = (listed.body.items as Case[])
      .filter((c) => c.reference !== "MOZ-2026-0013")
      .sort((a, b) => a.reference.localeCompare(b.reference));
    expect(cases).toHaveLength(12);
    const active = (c: Case) =>
      c.consents
        .filter((x) => !x.withdrawn)
        .map((x) => x.scope)
        .sort();
    // Everyone entered a month before the qualification began, and agreed to be kept and proposed.
    cases.forEach((c, i) => {
      expect(active(c)).toEqual(expect.arrayContaining(["share-profile", "store"]));
      expect(c.entryDate).toBe(daysAgo(deps.clock(), entryDaysAgo(i)));
    });
    const numbers = (pick: (c: Case) => boolean) => cases.filter(pick).map((c) => c.reference.slice(-2));
    // Four agreed to the ESF Plus data too, and gave it; nobody else has any.
    expect(numbers((c) => active(c).includes("esf-data"))).toEqual(["01", "04", "07", "10"]);
    expect(numbers((c) => c.esf !== undefined)).toEqual(["01", "04", "07", "10"]);
    expect(cases[0]?.esf).toEqual(ESF[0]);
    // One left for a job a fortnight ago; one moved away half a year ago, followed up since.
    expect(cases.flatMap((c) => (c.exit ? [[c.reference, c.exit.reason]] : []))).toEqual([
      ["MOZ-2026-0001", "employment"],
      ["MOZ-2026-0007", "moved"],
    ]);
    const moved = await invoke(candidates, "GET /candidates/{id}/milestones", {
      caller: COACH,
      params: { id: cases[MOVED_CASE]?.id ?? "" },
    });
    expect(
      (moved.body.items as { type: string; status?: string }[]).map((m) => [m.type, m.status ?? null]),
    ).toEqual([
      ["qualification.started", null],
      ["followup.sixMonths", "employed"],
    ]);

    // "Teilnehmende" as MOZAIK reads its own figures (exact): the twelve and the nurse entered in
    // the last twelve months, each once however many milestones they have.
    const report = await invoke(dispatch(statisticsRoutes(deps)), "GET /statistics/participants", {
      caller: COACH,
    });
    expect(report.status).toBe(200);
    expect(report.body.own.totals).toMatchObject({
      entries: 13,
      qualificationCompleted: 9,
      recognitionFull: 6,
      employmentAdequate: 5,
      exits: { total: 2, employment: 1, moved: 1, "plan-completed": 0, "dropped-out": 0, other: 0 },
      followup: { employed: 1, "employed-adequate": 0, unknown: 0 },
      esf: {
        withData: 4,
        withoutData: 9,
        ageBand: { "<25": 1, "25-54": 2, "55+": 1 },
        gender: { female: 1, male: 2, diverse: 1, unspecified: 0 },
        thirdCountryNational: { yes: 3, no: 1 },
      },
    });
  });

  it("the story's events reach the demo staff's inboxes through the stream", async () => {
    await drainStream(deps);
    const inbox = async (caller: { role: "coach" | "employer"; org: string; sub: string }) =>
      (
        (await invoke(dispatch(notificationRoutes(deps)), "GET /notifications", { caller })).body.items as {
          type: string;
        }[]
      )
        .map((n) => n.type)
        .sort();
    // The stream is read after the seed. On this fixed clock the catalogue and the candidate saved
    // with alerts are written at the same instant, which counts as new to it (isNewTo). On a running
    // clock only the place published after the cases (demoLatePlace) is new to it: its coach hears of
    // that one (npm start shows it).
    const coach = await inbox(COACH);
    expect(coach.filter((type) => type.startsWith("referral."))).toEqual([
      "referral.accepted",
      "referral.accepted",
      "referral.declined",
    ]);
    expect(coach.filter((type) => type === "candidate.newMatches").length).toBeGreaterThan(0);
    const employer = {
      role: "employer" as const,
      org: "klinikum-am-sparrenberg",
      sub: "demo-klinikum-am-sparrenberg",
    };
    expect(await inbox(employer)).toEqual(["referral.proposed"]);
  }, 120_000);
});
