import {
  type DecisionLink,
  decisionLinkOf,
  decisionLinkRepository,
  isDecisionLinkItem,
} from "../db/decision-links.ts";
import { employerFacts } from "../db/employer-facts.ts";
import { organisationRepository } from "../db/organisation-repository.ts";
import { referralRepository } from "../db/referral-repository.ts";
import { decisionLinkFailedText, decisionLinkMail } from "../domain/decision-link-mail.ts";
import { signDecisionClaim } from "../domain/decision-token.ts";
import { logger } from "../logger.ts";
import { mailRefusal } from "../mail/mail-refusal.ts";
import { recordMail } from "../observability/metrics.ts";
import { transactWrite } from "../db/transact.ts";
import type { Deps } from "../runtime.ts";
import { decisionLinkSecret } from "./decision-secret.ts";
import { employerPageLink } from "./measure-due.ts";
import { noticeAction } from "./notices.ts";
import type { StreamChange, StreamReaction } from "./stream-changes.ts";

/**
 * A new decision link (its INSERT in the change stream) is mailed to the employer's contact: the
 * token signed here (the secret never leaves the functions that read it), the address read from
 * the employer record at sending time. The mail is claimed on the link before it is sent, so a
 * redelivered record never mails twice; a refused mail is logged (the link's nonce, never the
 * address), counted, and told to the coach who sent the link.
 */
export const decisionLinkSending: StreamReaction = {
  name: "decisionLinkSending",
  handles: (change: StreamChange) => change.eventName === "INSERT" && isDecisionLinkItem(change.newItem),
  async react(deps: Deps, change: StreamChange) {
    // Without a mail port (a test or tool that drains the stream without one) nothing is claimed.
    if (!change.newItem || !deps.mail) return;
    const link = decisionLinkOf(change.newItem);
    const [referral, employer, organisation] = await Promise.all([
      referralRepository(deps).get(link.referralId),
      employerFacts(deps, link.org, link.employerId),
      organisationRepository(deps).get(link.org),
    ]);
    const to = employer?.contact?.email;
    if (referral?.status !== "proposed" || !to || !employer?.contact) return;
    const links = decisionLinkRepository(deps);
    if (!(await links.claimMail(link.nonce, deps.clock().toISOString()))) return;
    const token = signDecisionClaim(await decisionLinkSecret(), link);
    const mail = decisionLinkMail({
      contactName: employer.contact.name,
      orgName: organisation?.name,
      placeTitle: referral.placeTitle ?? "",
      token,
      expiresAt: link.expiresAt,
      webUrl: deps.mail.webUrl,
    });
    try {
      await deps.mail.sender.send({ to, ...mail });
      recordMail("sent");
    } catch (error) {
      recordMail("failed");
      logger.warn("Decision link mail refused; its coach is told", {
        nonce: link.nonce,
        ...mailRefusal(error),
      });
      await tellSender(deps, link, employer.name, referral.placeTitle);
    }
  },
};

/**
 * A refused mail would leave the coach waiting for a company that never got the link: they get a
 * notice (inbox, and mail as their `notify` says) naming the company and the place, and leading to
 * the employer's page, where they check the address and send a new link. Once per link.
 */
async function tellSender(deps: Deps, link: DecisionLink, company: string, placeTitle = "") {
  if (!link.sentBy) return;
  const notice = noticeAction(deps, {
    eventId: `decisionLinkFailed#${link.nonce}`,
    recipient: link.sentBy,
    org: link.org,
    type: "referral.decisionLinkFailed",
    text: decisionLinkFailedText(company, placeTitle),
    link: employerPageLink(link.employerId),
  });
  await transactWrite(deps, { notice: [notice] }, () => new AlreadyTold()).catch((error: unknown) => {
    if (!(error instanceof AlreadyTold)) throw error;
  });
}

class AlreadyTold extends Error {}
