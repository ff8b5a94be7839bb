import { type DecisionLink, decisionLinkRepository } from "../db/decision-links.ts";
import { listingRepository } from "../db/listing-repository.ts";
import { organisationNames } from "../db/organisation-names.ts";
import { referralRepository, type StoredReferral } from "../db/referral-repository.ts";
import { NotYet, withRetries } from "../db/retry.ts";
import { transactWrite } from "../db/transact.ts";
import { isExpired, readDecisionToken } from "../domain/decision-token.ts";
import { GoneError, NotFoundError, ServiceUnavailableError } from "../domain/errors.ts";
import { noteLabel } from "../vocabulary/referral-notes.ts";
import { recordReferral } from "../observability/metrics.ts";
import { getOccupation } from "../reference/occupations.ts";
import type { Deps } from "../runtime.ts";
import type { DecisionInput, DecisionView } from "../schemas/decision.ts";
import type { MentoringPlace } from "../schemas/mentoring-place.ts";
import { planChange } from "./referral-change.ts";
import { referralExtras } from "./referral-handoff.ts";

/** Who decided, in the referral's history: the employer's side, through its link (no user id). */
const LINK_ACTOR = { sub: "decision-link", role: "employer" };

const invalid = () => new NotFoundError("Dieser Link ist ungültig.");
const used = () => new GoneError("Dieser Link wurde bereits verwendet.", { reason: "used" });
const closed = () =>
  new GoneError("Über diesen Vorschlag ist bereits entschieden, oder er wurde zurückgezogen.", {
    reason: "closed",
  });

/**
 * The company's side of a signed decision link (GET and POST /decisions/{token}): no account, the
 * token is the credential. A token whose signature, referral, expiry or nonce does not match a
 * stored link is invalid (404, as if nothing were there); an expired, used or no longer open
 * one is gone (410, with `reason` for the page). Nothing is changed by a refused link.
 */
export function decisionPage(deps: Deps, secret: () => Promise<string>) {
  const links = decisionLinkRepository(deps);
  const referrals = referralRepository(deps);

  async function open(token: string): Promise<{ link: DecisionLink; referral: StoredReferral }> {
    const claim = readDecisionToken(await secret(), token);
    if (!claim) throw invalid();
    // The referral before the link: a decision written in between shows as the link's use (410
    // used), never as a closed proposal, whichever moment a racing request reads.
    const referral = await referrals.get(claim.referralId);
    const link = await links.get(claim.nonce);
    if (!link || link.referralId !== claim.referralId || link.expiresAt !== claim.expiresAt) throw invalid();
    if (isExpired(claim, deps.clock()))
      throw new GoneError("Dieser Link ist abgelaufen.", { reason: "expired" });
    if (link.usedAt) throw used();
    if (referral?.status !== "proposed" || referral.onBehalfOf !== link.employerId) throw closed();
    return { link, referral };
  }

  return {
    /** The place and what a partner reads of the proposal: profile and notes, never the coach's note. */
    async view(token: string): Promise<DecisionView> {
      const { link, referral } = await open(token);
      const [place, names] = await Promise.all([
        listingRepository<MentoringPlace>(deps, "place").get(referral.placeId ?? ""),
        organisationNames(deps, [link.org]),
      ]);
      const orgName = names.get(link.org);
      const title = getOccupation(referral.profile.occupation)?.title;
      return {
        status: referral.status,
        expiresAt: new Date(link.expiresAt * 1000).toISOString(),
        ...(orgName !== undefined ? { orgName } : {}),
        place: {
          title: place?.title ?? referral.placeTitle ?? "",
          ...((place?.company ?? referral.company) ? { company: place?.company ?? referral.company } : {}),
          kinds: place?.kinds ?? [],
          ...(place ? { availableFrom: place.availableFrom } : {}),
          ...(place?.availableUntil ? { availableUntil: place.availableUntil } : {}),
          ...(place?.hoursPerWeek ? { hoursPerWeek: place.hoursPerWeek } : {}),
          ...(place?.location?.place ? { town: place.location.place } : {}),
        },
        profile: { ...referral.profile, ...(title ? { occupationTitle: title } : {}) },
        notes: (referral.notes ?? []).map((code) => ({ code, label: noteLabel(code) })),
      };
    },

    /**
     * Accepts or declines through the referral workflow (seats, counters, the coach's notice from
     * the change stream) in ONE transaction with the link's single use: of racing decisions one
     * wins, the others find the link used (410). A lost race on the referral or its place reads again.
     */
    async decide(token: string, input: DecisionInput) {
      const next = await withRetries(
        "decision link",
        { attempts: 8, baseMs: 10, capMs: 320 },
        async () => {
          const { link, referral } = await open(token);
          const at = deps.clock().toISOString();
          const reason = input.decision === "decline" ? { reason: input.reason } : {};
          const planned = await planChange(deps, referral, input.decision, LINK_ACTOR, () => [], reason);
          const actions = { link: [links.useAction(link, at)], ...planned.actions };
          await transactWrite(deps, actions, (name) =>
            name === "link" ? used() : name === "referral" || name === "item" ? new NotYet() : closed(),
          );
          return planned.next;
        },
        {
          giveUp: () =>
            new ServiceUnavailableError("Zu viele gleichzeitige Änderungen; bitte erneut versuchen."),
        },
      );
      recordReferral(next.status);
      const status = next.status === "accepted" ? "accepted" : "declined";
      if (status === "declined")
        return { status, ...(next.declineReason ? { declineReason: next.declineReason } : {}) };
      const extras = (await referralExtras(deps, "partner", [next]))(next);
      return {
        status,
        handoff: { ...(extras.orgName ? { orgName: extras.orgName } : {}), coach: extras.coach ?? {} },
      };
    },
  };
}
