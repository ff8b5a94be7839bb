import { deliverNotices, noticeId, type NoticeDraft } from "../../../shared/app/notices.ts";
import { type Role, ROLES } from "../../../shared/http/principal.ts";
import type { Deps } from "../../../shared/runtime.ts";
import { candidateInput, consentInput, offerInput, placeInput } from "../../support/fixtures.ts";
import { type Answer, type Api, type Caller, subOf } from "./api.ts";

/** The organisation every caller of the matrix belongs to, and the one whose data they must not see. */
export const OWN = "iq-nord";
export const FOREIGN = "iq-sued";
export type Relation = "own" | "foreign";

/** The ids of one organisation's items: one of each kind. */
export interface OrgItems {
  place: string;
  draftPlace: string;
  offer: string;
  draftOffer: string;
  candidate: string;
  /** Withdrawn: every further action on it is a 409 for whoever may act, so cells never change it. */
  closedReferral: string;
  /** Proposed: a second proposal of the same candidate to the same place is a 409. */
  openReferral: string;
  /** The organisation's own CSV exports: valid import files (sent with dryRun, they change nothing). */
  csv: { places: string; offers: string };
  /** An employer record of the organisation (issue 29), with a session and a measure. */
  employer: string;
  employerSession: string;
  employerMeasure: string;
  /** One notice per role's user (seedNotices), by role. */
  notices?: Partial<Record<Role, string>>;
}
export type World = Record<Relation, OrgItems>;

/**
 * Strings that only some callers may ever read, per organisation: the candidate (reference, id),
 * drafts, the mentor's contact, the referral's message (the coach's own note). A body containing one the caller may not
 * see is a leak.
 */
export function secretsOf(org: string, items: OrgItems) {
  return {
    candidate: [`AZ-${org}-GEHEIM`, items.candidate],
    draftPlace: [`Entwurf Platz ${org}`, items.draftPlace],
    draftOffer: [`Entwurf Angebot ${org}`, items.draftOffer],
    placeContact: [`mentor.${org}@example.org`],
    referral: [`Nachricht ${org}`],
    employer: [`Kontakt ${org}`, `Notiz ${org}`, items.employer],
  };
}
type Secret = keyof ReturnType<typeof secretsOf>;

/** Which of an organisation's secrets a role of that organisation may read (admins read all). */
const READERS: Record<Secret, readonly Role[]> = {
  candidate: ["coach"],
  draftPlace: ["employer"],
  draftOffer: ["provider"],
  placeContact: ["employer"],
  // The coach's own note: the place's employer reads the notes, never the message (issue 26).
  referral: ["coach"],
  // An employer record, its contact and its sessions' notes stay in the counselling organisation.
  employer: ["coach"],
};

/** Secrets `caller` (or nobody, when undefined) must never receive. */
export function forbiddenFor(caller: Caller | undefined, world: World): string[] {
  if (caller?.role === "admin") return [];
  return (Object.entries(world) as [Relation, OrgItems][]).flatMap(([relation, items]) => {
    const org = relation === "own" ? OWN : FOREIGN;
    return Object.entries(secretsOf(org, items)).flatMap(([secret, values]) =>
      caller?.org === org && READERS[secret as Secret].includes(caller.role) ? [] : values,
    );
  });
}

const idOf = (answer: Answer, what: string): string => {
  const id = (answer.body as { id?: unknown }).id;
  if (answer.status >= 300 || typeof id !== "string")
    throw new Error(`seeding ${what}: ${answer.status} ${answer.text}`);
  return id;
};

/** One organisation's items, created through `api` by its own users. */
export async function seedOrg(api: Api, org: string): Promise<OrgItems> {
  const as = (role: Role): Caller => ({ role, org });
  const post = async (routeKey: string, role: Role, body: unknown) =>
    idOf(await api(routeKey, { caller: as(role), body }), `${routeKey} (${org})`);
  // The organisation's description (its display name), as its admin writes it.
  const described = await api("PUT /organisations/{org}", {
    caller: as("admin"),
    params: { org },
    body: { name: `Organisation ${org}`, kind: "network" },
  });
  if (described.status !== 200)
    throw new Error(`seeding organisation: ${described.status} ${described.text}`);
  const place = await post(
    "POST /mentoring-places",
    "employer",
    placeInput({
      status: "published",
      title: `Platz ${org}`,
      contact: { name: "Mentorin", email: `mentor.${org}@example.org` },
    }),
  );
  const draftPlace = await post(
    "POST /mentoring-places",
    "employer",
    placeInput({ title: `Entwurf Platz ${org}` }),
  );
  const offer = await post("POST /qualification-offers", "provider", offerInput({ status: "published" }));
  const draftOffer = await post(
    "POST /qualification-offers",
    "provider",
    offerInput({ title: `Entwurf Angebot ${org}` }),
  );
  const candidate = await post(
    "POST /candidates",
    "coach",
    candidateInput({ reference: `AZ-${org}-GEHEIM` }),
  );
  // No referral without `share-profile` (issue 30).
  const consented = await api("POST /candidates/{id}/consents", {
    caller: as("coach"),
    params: { id: candidate },
    body: consentInput(),
  });
  if (consented.status !== 200) throw new Error(`seeding consent: ${consented.status} ${consented.text}`);
  const proposal = {
    candidateId: candidate,
    placeId: place,
    notes: ["can-start-now"],
    message: `Nachricht ${org}`,
  };
  const closedReferral = await post("POST /referrals", "coach", proposal);
  const withdrawn = await api("POST /referrals/{id}/withdraw", {
    caller: as("coach"),
    params: { id: closedReferral },
  });
  if (withdrawn.status !== 200) throw new Error(`seeding withdraw: ${withdrawn.status} ${withdrawn.text}`);
  const openReferral = await post("POST /referrals", "coach", proposal);
  const csv = {
    places: (await api("GET /mentoring-places/export", { caller: as("employer") })).text,
    offers: (await api("GET /qualification-offers/export", { caller: as("provider") })).text,
  };
  const employer = await post("POST /employers", "coach", {
    name: `Betrieb ${org}`,
    sector: "Q",
    size: "medium",
    postalCode: "04109",
    contact: { name: `Kontakt ${org}`, consentDate: "2026-01-05" },
  });
  const onEmployer = async (routeKey: string, body: unknown) =>
    idOf(
      await api(routeKey, { caller: as("coach"), params: { id: employer }, body }),
      `${routeKey} (${org})`,
    );
  const employerSession = await onEmployer("POST /employers/{id}/sessions", {
    date: "2026-01-20",
    format: "on-site",
    minutes: 60,
    topics: ["recognition"],
    note: `Notiz ${org}`,
  });
  const employerMeasure = await onEmployer("POST /employers/{id}/measures", {
    title: "Onboarding-Leitfaden",
    topic: "onboarding",
    due: "2027-06-30",
  });
  return {
    place,
    draftPlace,
    offer,
    draftOffer,
    candidate,
    closedReferral,
    openReferral,
    csv,
    employer,
    employerSession,
    employerMeasure,
  };
}

/**
 * A notice in the inbox of each role's user of both organisations, written as the stream consumer
 * writes them (the matrix's server does not poll the stream). Marking one read again answers 200.
 */
export async function seedNotices(deps: Deps, world: World): Promise<void> {
  for (const [relation, org] of [
    ["own", OWN],
    ["foreign", FOREIGN],
  ] as const) {
    const drafts: NoticeDraft[] = ROLES.map((role) => ({
      eventId: `seed-${org}`,
      recipient: subOf({ role, org }),
      org,
      type: "referral.proposed",
      text: `Neuer Vorschlag für Ihren Mentoringplatz „Platz ${org}“.`,
      link: "/betrieb/vorschlaege",
    }));
    await deliverNotices(deps, drafts);
    world[relation].notices = Object.fromEntries(drafts.map((d, i) => [ROLES[i], noticeId(d)]));
  }
}

export async function seedWorld(api: Api): Promise<World> {
  const [own, foreign] = await Promise.all([seedOrg(api, OWN), seedOrg(api, FOREIGN)]);
  return { own, foreign };
}
