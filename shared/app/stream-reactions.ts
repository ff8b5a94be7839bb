import { decisionLinkSending } from "./decision-link-sending.ts";
import { expiryCompletion } from "./expiry-completion.ts";
import { newMatchAlerts } from "./new-match-alerts.ts";
import { noticeMail } from "./notice-mail.ts";
import { referralNotices } from "./referral-notices.ts";
import type { StreamReaction } from "./stream-changes.ts";
import { topicCounts } from "./topic-counts.ts";

export type { StreamChange, StreamReaction, TableItem } from "./stream-changes.ts";

/**
 * What the table's change stream sets off, in this order for every record (the stream consumer,
 * functions/notifications/stream.ts, and the local runtime's poller both run this list).
 */
export const REACTIONS: StreamReaction[] = [
  referralNotices,
  noticeMail, // mails a notice INSERT as its recipient's `notify` says (16-mail)
  newMatchAlerts, // candidate.newMatches when a listing is published or re-opened (16-alerts)
  expiryCompletion, // a candidate whose retention ran out: erased like a DELETE, seats back (26)
  topicCounts, // GET /topics: topics in use per Berufsgruppe, from offers' modules and cases (issue 28)
  decisionLinkSending, // a decision link's mail to the employer's contact (issue 29)
];
