import { createHash } from "node:crypto";
import { noticeRepository } from "../db/notice-repository.ts";
import { profileRepository, type StoredProfile } from "../db/profile-repository.ts";
import type { Role } from "../domain/principal.ts";
import type { Deps } from "../runtime.ts";
import { NOTICE_RETENTION_DAYS, type NoticeType } from "../schemas/notification.ts";

/** A notice a stream reaction wants delivered: one per event and recipient. */
export interface NoticeDraft {
  /** The stream record's event id (or another id that is the same on every redelivery). */
  eventId: string;
  /** The recipient's user sub. */
  recipient: string;
  /** The recipient's organisation (only its members read the notice). */
  org: string;
  type: NoticeType;
  /** German, no personal data (a case number at most), never a referral's message. */
  text: string;
  /** A path of the web pages. */
  link: string;
  /**
   * The candidate the notice names (its case number, or its page in the link), if any: the
   * notice is linked to it (GSI3) and erased with it, with the mails still waiting to send it.
   */
  candidateId?: string;
}

/** The notice's id: the same for the same event, type and recipient, so redelivery finds it taken. */
export const noticeId = (draft: Pick<NoticeDraft, "eventId" | "type" | "recipient">) =>
  createHash("sha256")
    .update(`${draft.eventId}\n${draft.type}\n${draft.recipient}`)
    .digest("base64url")
    .slice(0, 22);

const DAY_SECONDS = 86_400;

/** The stored notice of a draft, made now, and its expiry (90 days). */
function noticeOf(deps: Pick<Deps, "clock">, d: NoticeDraft) {
  const now = deps.clock();
  const expiresAtEpoch = Math.floor(now.getTime() / 1000) + NOTICE_RETENTION_DAYS * DAY_SECONDS;
  const notice = {
    id: noticeId(d),
    type: d.type,
    createdAt: now.toISOString(),
    text: d.text,
    link: d.link,
    recipient: d.recipient,
    org: d.org,
    eventId: d.eventId,
  };
  return { notice, expiresAtEpoch };
}

/**
 * Writes each draft as a notice in its recipient's inbox (expiring after 90 days), once: a
 * redelivered event writes nothing. Returns how many notices are new.
 */
export async function deliverNotices(deps: Deps, drafts: readonly NoticeDraft[]): Promise<number> {
  const notices = noticeRepository(deps);
  const unique = new Map(drafts.map((d) => [noticeId(d), d]));
  const added = await Promise.all(
    [...unique.values()].map((d) => {
      const { notice, expiresAtEpoch } = noticeOf(deps, d);
      return notices.add(notice, expiresAtEpoch, d.candidateId);
    }),
  );
  return added.filter(Boolean).length;
}

/** A draft's notice as one action of a transaction (only if new), with what it tells about. */
export function noticeAction(deps: Deps, draft: NoticeDraft) {
  const { notice, expiresAtEpoch } = noticeOf(deps, draft);
  return noticeRepository(deps).addAction(notice, expiresAtEpoch, draft.candidateId);
}

/** A staff member who can receive notices: the profile they saved (or that their inbox made). */
export type Recipient = Pick<StoredProfile, "sub" | "org" | "role" | "notify" | "email">;

/** The staff of an organisation, optionally only those with `role`. */
export async function recipientsOfOrg(deps: Deps, org: string, role?: Role): Promise<Recipient[]> {
  const profiles = await profileRepository(deps).listByOrg(org);
  return profiles
    .filter((p) => p.org === org && (role === undefined || p.role === role))
    .map(({ sub, role: r, notify, email }) => ({ sub, org, role: r, notify, ...(email ? { email } : {}) }));
}
