import { caseNumberOf } from "../db/case-number.ts";
import { profileRepository } from "../db/profile-repository.ts";
import type { Deps } from "../runtime.ts";
import type { NoticeType } from "../schemas/notification.ts";
import { type NoticeDraft, recipientsOfOrg } from "./notices.ts";
import { quoted, type ReferralFacts } from "./referral-notice-facts.ts";

/**
 * The notices a referral sets off for the coach who proposed it (an answer, or its place gone):
 * apart from referral-notices.ts, which tells the place's or offer's organisation and decides
 * which notices a change sets off.
 */

const COACH_LINK = "/beratung/vorschlaege";

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
export async function answerDrafts(deps: Deps, eventId: string, r: ReferralFacts): Promise<NoticeDraft[]> {
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
 * referral.withdrawn to the proposing coach when the place's side withdrew: the counselling
 * organisation erased the employer record its place was kept for. The case number, nothing more.
 */
export async function placeGoneDrafts(deps: Deps, eventId: string, r: ReferralFacts): Promise<NoticeDraft[]> {
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
