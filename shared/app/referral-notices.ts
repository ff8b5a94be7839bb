import { caseNumberOf } from "../db/case-number.ts";
import { profileRepository } from "../db/profile-repository.ts";
import type { Deps } from "../runtime.ts";
import type { NoticeType } from "../schemas/notification.ts";
import { deliverNotices, type NoticeDraft, recipientsOfOrg } from "./notices.ts";
import type { StreamChange, StreamReaction, TableItem } from "./stream-changes.ts";

/** What a notice needs of a referral item (a place's or an offer's; see shared/schemas/referral.ts). */
interface ReferralFacts {
  status: string;
  candidateId: string;
  /** The referring coach organisation. */
  org: string;
  /** The place's or offer's organisation. */
  itemOrg: string;
  itemTitle: string;
  kind: "place" | "offer";
  proposedBy?: string;
  /** A place kept on behalf of an employer: its counselling organisation's coaches answer it. */
  onBehalf: boolean;
  /** Who made the last change: "employer" when the place's side withdrew (its employer record erased). */
  lastRole?: string;
}

const isReferral = (item: TableItem | undefined) =>
  typeof item?.PK === "string" && item.PK.startsWith("REF#") && item.SK === "REF";

function factsOf(item: TableItem): ReferralFacts {
  const kind = typeof item.offerId === "string" ? "offer" : "place";
  const history = Array.isArray(item.history) ? (item.history as { status?: string; by?: string }[]) : [];
  const proposedBy = history.find((entry) => entry.status === "proposed")?.by;
  const lastRole = (history.at(-1) as { role?: string } | undefined)?.role;
  return {
    onBehalf: typeof item.onBehalfOf === "string",
    ...(lastRole ? { lastRole } : {}),
    status: String(item.status),
    candidateId: String(item.candidateId),
    org: String(item.org),
    itemOrg: String(kind === "offer" ? item.offerOrg : item.placeOrg),
    itemTitle: String((kind === "offer" ? item.offerTitle : item.placeTitle) ?? ""),
    kind,
    ...(proposedBy ? { proposedBy } : {}),
  };
}

/** Titles are the organisations' own words; a notice quotes at most this much of one. */
const quoted = (title: string) => `„${title.length > 80 ? `${title.slice(0, 79)}…` : title}“`;

const PARTNER_LINK = { place: "/betrieb/vorschlaege", offer: "/traeger/vorschlaege" } as const;
const COACH_LINK = "/beratung/vorschlaege";
/** Where a counselling organisation answers referrals to the places it keeps for employers. */
const ON_BEHALF_LINK = "/beratung/arbeitgeber";
const partnerLink = (r: ReferralFacts) => (r.onBehalf ? ON_BEHALF_LINK : PARTNER_LINK[r.kind]);

/** referral.proposed to every member of the place's or offer's organisation. */
async function proposedDrafts(deps: Deps, eventId: string, r: ReferralFacts): Promise<NoticeDraft[]> {
  const what = r.kind === "offer" ? `Ihr Qualifizierungsangebot` : `Ihren Mentoringplatz`;
  const text = `Neuer Vorschlag für ${what} ${quoted(r.itemTitle)}: bitte prüfen und annehmen oder ablehnen.`;
  const members = await recipientsOfOrg(deps, r.itemOrg);
  return members.map((m) => ({
    eventId,
    recipient: m.sub,
    org: r.itemOrg,
    type: "referral.proposed",
    text,
    link: partnerLink(r),
  }));
}

/**
 * The coach who proposed, while their profile is there (or they never saved one and their
 * organisation has no coach who did); otherwise that organisation's coaches.
 */
async function coachRecipients(deps: Deps, r: ReferralFacts): Promise<string[]> {
  const proposer = r.proposedBy ? await profileRepository(deps).get(r.proposedBy) : undefined;
  if (proposer && proposer.org === r.org) return [proposer.sub];
  const coaches = (await recipientsOfOrg(deps, r.org, "coach")).map((c) => c.sub);
  return coaches.length > 0 ? coaches : r.proposedBy ? [r.proposedBy] : [];
}

/** referral.accepted / referral.declined to the coach, with the case number (no other detail). */
async function answerDrafts(deps: Deps, eventId: string, r: ReferralFacts): Promise<NoticeDraft[]> {
  const type: NoticeType = r.status === "accepted" ? "referral.accepted" : "referral.declined";
  const [recipients, caseNumber] = await Promise.all([
    coachRecipients(deps, r),
    caseNumberOf(deps, r.candidateId),
  ]);
  const answer = r.status === "accepted" ? "angenommen" : "abgelehnt";
  const subject = caseNumber ? ` (Aktenzeichen ${caseNumber})` : "";
  const text = `Ihr Vorschlag${subject} für ${quoted(r.itemTitle)} wurde ${answer}.`;
  // A notice that names the candidate (its case number) is erased with it.
  const about = caseNumber ? { candidateId: r.candidateId } : {};
  return recipients.map((sub) => ({
    eventId,
    recipient: sub,
    org: r.org,
    type,
    text,
    link: COACH_LINK,
    ...about,
  }));
}

/**
 * referral.withdrawn to the place's or offer's organisation, which had seen the referral: the
 * coach withdrew it, its candidate was erased, or its retention ran out. Nothing about the person.
 */
async function withdrawnDrafts(
  deps: Deps,
  eventId: string,
  r: ReferralFacts,
  was: string,
): Promise<NoticeDraft[]> {
  const what = r.kind === "offer" ? `Ihr Qualifizierungsangebot` : `Ihren Mentoringplatz`;
  const text =
    was === "accepted"
      ? `Eine angenommene Vermittlung für ${what} ${quoted(r.itemTitle)} wurde zurückgezogen; der Platz ist wieder frei.`
      : `Ein Vorschlag für ${what} ${quoted(r.itemTitle)} wurde zurückgezogen.`;
  const members = await recipientsOfOrg(deps, r.itemOrg);
  return members.map((m) => ({
    eventId,
    recipient: m.sub,
    org: r.itemOrg,
    type: "referral.withdrawn",
    text,
    link: partnerLink(r),
  }));
}

/**
 * referral.withdrawn to the proposing coach when the place's side withdrew: the counselling
 * organisation erased the employer record its place was kept for. The case number, nothing more.
 */
async function placeGoneDrafts(deps: Deps, eventId: string, r: ReferralFacts): Promise<NoticeDraft[]> {
  const [recipients, caseNumber] = await Promise.all([
    coachRecipients(deps, r),
    caseNumberOf(deps, r.candidateId),
  ]);
  const subject = caseNumber ? ` (Aktenzeichen ${caseNumber})` : "";
  const text = `Der Mentoringplatz ${quoted(r.itemTitle)} besteht nicht mehr; Ihr Vorschlag${subject} wurde zurückgezogen.`;
  const about = caseNumber ? { candidateId: r.candidateId } : {};
  return recipients.map((sub) => ({
    eventId,
    recipient: sub,
    org: r.org,
    type: "referral.withdrawn",
    text,
    link: COACH_LINK,
    ...about,
  }));
}

const ANSWERS = new Set(["accepted", "declined"]);
const OPEN = new Set(["proposed", "accepted"]);

/** Which notices a referral change sets off (none for most changes). */
export async function referralNoticeDrafts(deps: Deps, change: StreamChange): Promise<NoticeDraft[]> {
  // Gone while open: its retention ran out (an erasure withdraws first, so its removals are closed).
  if (change.eventName === "REMOVE" && change.oldItem && isReferral(change.oldItem)) {
    const gone = factsOf(change.oldItem);
    return OPEN.has(gone.status) ? withdrawnDrafts(deps, change.eventId, gone, gone.status) : [];
  }
  if (!change.newItem || !isReferral(change.newItem)) return [];
  const next = factsOf(change.newItem);
  if (change.eventName === "INSERT")
    return next.status === "proposed" ? proposedDrafts(deps, change.eventId, next) : [];
  const before = change.oldItem && isReferral(change.oldItem) ? factsOf(change.oldItem).status : undefined;
  if (change.eventName === "MODIFY" && before !== next.status && ANSWERS.has(next.status))
    return answerDrafts(deps, change.eventId, next);
  if (change.eventName === "MODIFY" && before && OPEN.has(before) && next.status === "withdrawn")
    return next.onBehalf && next.lastRole === "employer"
      ? placeGoneDrafts(deps, change.eventId, next)
      : withdrawnDrafts(deps, change.eventId, next, before);
  return [];
}

/**
 * Referral proposed → its place's/offer's organisation; answered → the proposing coach; withdrawn
 * (or gone while open) → the place's/offer's organisation.
 */
export const referralNotices: StreamReaction = {
  name: "referralNotices",
  handles: (change) =>
    change.eventName === "REMOVE" ? isReferral(change.oldItem) : isReferral(change.newItem),
  async react(deps, change) {
    await deliverNotices(deps, await referralNoticeDrafts(deps, change));
  },
};
