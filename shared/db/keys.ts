/**
 * Every key shape of the single table, built from these prefixes and nowhere else.
 *
 * | item                  | PK                  | SK                         | GSI1 (org list)             | GSI2 (published list) |
 * |-----------------------|---------------------|----------------------------|-----------------------------|-----------------------|
 * | mentoring place       | PLACE#<id>          | PLACE                      | ORG#<org>#PLACE / <id>      | PUB#PLACE / <id>      |
 * | qualification offer   | OFFER#<id>          | OFFER                      | ORG#<org>#OFFER / <id>      | PUB#OFFER / <id>      |
 * | match entry (geo)     | MATCH#<kldb3>       | G#<geohash6>#<kind>#<id>   | –                           | –                     |
 * | match entry (online)  | MATCH#<kldb3>       | O#<id>                     | –                           | –                     |
 * | nearby directory      | NEAR#<kldb2>        | G#<geohash6>#<kind>#<id>   | –                           | –                     |
 * | candidate             | CAND#<id>           | CAND                       | ORG#<org>#CAND / <id>       | –                     |
 * | alert entry (reverse) | ALERT#<kldb3>       | R<band>#G#<geohash6>#<id>  | GSI3: CAND#<id> / ALERT     | –                     |
 * | active-referral guard | CAND#<id>           | ACTIVE#<placeId|offerId>   | –                           | –                     |
 * | milestone             | CAND#<id>           | MILE#<milestoneId>         | –                           | –                     |
 * | saved plan            | CAND#<id>           | PLAN                       | –                           | –                     |
 * | consent history entry | CAND#<id>           | CONSENT#<version>#<scope>  | –                           | –                     |
 * | unmet-demand counter  | DEMAND#<yyyy-mm>    | <district>#<kldb3>#<topic key> | –                       | –                     |
 * | outcome event (anon.) | OUTCOME#<uuid>      | OUTCOME                    | –                           | –                     |
 * | open-referral counter | CAND#<id>           | REFERRALS                  | –                           | –                     |
 * | case-number counter   | CASENO#<org>#<yyyy> | CASENO                     | –                           | –                     |
 * | referral              | REF#<id>            | REF                        | ORG#<coachOrg>#REF / <id>   | ORG#<itemOrg>#INREF / <id> |
 * |   … and in GSI3       |                     |                            | GSI3: CAND#<candidateId> / REF#<id>                 |
 * | idempotency record of a candidate's request, in GSI3 | | | GSI3: CAND#<candidateId> / IDEM#<scope>#<key>   |
 * | erased referral       | ANON#<uuid>         | REFERRAL                   | –                           | –                     |
 * | idempotency record    | IDEM#<scope>#<key>  | IDEM                       | –                           | –                     |
 * | external-id guard     | EXT#<org>#<KIND>#<externalId> | EXT              | –                           | –                     |
 * | stock counter         | STATS#STOCK         | <district>#<kldb3>         | –                           | –                     |
 * | network flow counter  | STATS#FLOW#<yyyy-mm>| <district>#<kldb3>         | –                           | –                     |
 * | org flow counter      | STATS#ORG#<org>#<yyyy-mm> | <district>#<kldb3>   | –                           | –                     |
 * | match-search counter  | STATS#SEARCH#<yyyy-mm> | <org>#<district>#<kldb3> | –                      | –                     |
 * | late flow counter     | STATS#LATE#<yyyy-mm recorded> | <yyyy-mm>#<district>#<kldb3> | –              | –                     |
 * | topic counter         | TOPICS#<kldb3>      | <topic key>                | –                           | –                     |
 * | topic change applied  | TOPICEVT#<eventId>#<n> | TOPICEVT                | –                           | –                     |
 * | demo-data marker      | META                | DEMO                       | –                           | –                     |
 * | health probe (never written) | HEALTH        | HEALTH                     | –                           | –                     |
 * | organisation          | ORGN#<org>          | ORGN                       | ORGS / <org>                | –                     |
 * | organisation name     | ORGNAME#<name key>  | ORGNAME                    | –                           | –                     |
 * | staff profile         | USER#<sub>          | PROFILE                    | ORG#<org>#USER / <sub>      | –                     |
 * | notice (inbox)        | USER#<sub>          | NOTE#<id>                  | USER#<sub>#NOTE / <at>#<id> | USER#<sub>#UNREAD / <at>#<id> (unread only) |
 * |   … naming a candidate, in GSI3 |           |                            | GSI3: CAND#<candidateId> / NOTE#<sub>#<id>          |
 * | mail marker           | USER#<sub>          | MAIL#N#<noticeId>, MAIL#D#<day> | –                      | –                     |
 * | mail retry (outbox)   | MAILRETRY           | <dueAt>#<sub>#<mailId>     | –                           | –                     |
 * | daily-digest entry    | MAILDIGEST          | <sub>#<noticeId>           | –                           | –                     |
 * |   … mail of a notice naming a candidate (retry, digest entry), in GSI3 | | GSI3: CAND#<candidateId> / MAIL#<sub>#<mailId> |
 * | seat given back after its referral expired | REF#<id> | SEATBACK        | –                           | –                     |
 * | decision link (mail)  | DLINK#<nonce>       | DLINK                      | GSI3: CAND#<candidateId> / DLINK#<nonce>            |
 *
 * Match entries hold what filtering and ranking read of published, matchable items (the shown
 * page is read in full afterwards, match-index.ts), one per 3-digit KldB Berufsgruppe the item
 * serves, sorted by geohash so that a match reads a few key ranges of nearby cells in one
 * partition (see shared/domain/geo-cover.ts). GSI2 is sparse: only
 * published items carry GSI2PK. Everything that names a candidate lives under CAND#<id> or
 * carries its id in GSI3, so erasure finds it all by key. An external-id guard names the item
 * (`itemId`) an organisation's own key ("Externe ID" of the CSV import) refers to; the import
 * writes it in the item's transaction with attribute_not_exists, so two imports cannot both
 * create an item for the same key.
 */
export type ListingKind = "place" | "offer";

const KIND_PREFIX: Record<ListingKind, string> = { place: "PLACE", offer: "OFFER" };
export const PREFIX = {
  org: "ORG",
  published: "PUB",
  match: "MATCH",
  geo: "G",
  online: "O",
  idempotency: "IDEM",
  candidate: "CAND",
  referral: "REF",
  active: "ACTIVE",
  anonymous: "ANON",
  externalId: "EXT",
};

/** Characters that sort after every geohash/id character: closes a begins-with range. */
const RANGE_END = "~";

export const listingKey = (kind: ListingKind, id: string) => ({
  PK: `${KIND_PREFIX[kind]}#${id}`,
  SK: KIND_PREFIX[kind],
});

export const orgListKey = (kind: ListingKind, org: string, id = "") => ({
  GSI1PK: `${PREFIX.org}#${org}#${KIND_PREFIX[kind]}`,
  GSI1SK: id,
});

export const publishedListKey = (kind: ListingKind, id = "") => ({
  GSI2PK: `${PREFIX.published}#${KIND_PREFIX[kind]}`,
  GSI2SK: id,
});

export const matchPartition = (kldbGroup: string) => `${PREFIX.match}#${kldbGroup}`;

/** The nearby directory of a 2-digit Berufshauptgruppe (shared/db/near-index.ts): suggestions for an empty result. */
export const nearPartition = (mainGroup: string) => `NEAR#${mainGroup}`;

export const geoMatchKey = (kldbGroup: string, geohash: string, kind: ListingKind, id: string) => ({
  PK: matchPartition(kldbGroup),
  SK: `${PREFIX.geo}#${geohash}#${kind}#${id}`,
});

export const onlineMatchKey = (kldbGroup: string, id: string) => ({
  PK: matchPartition(kldbGroup),
  SK: `${PREFIX.online}#${id}`,
});

export const onlinePrefix = `${PREFIX.online}#`;

/** SK bounds for a run of geohash cells [first, last] at one precision (inclusive). */
export const geoRange = (first: string, last: string) => ({
  from: `${PREFIX.geo}#${first}`,
  to: `${PREFIX.geo}#${last}${RANGE_END}`,
});

/**
 * The alert index (shared/db/alert-index.ts): a saved candidate with `alerts`, by Berufsgruppe,
 * radius band (3 digits, km) and home cell, so a newly published item reads the candidates near it.
 */
export const alertPartition = (kldbGroup: string) => `ALERT#${kldbGroup}`;
const bandPrefix = (bandKm: number) => `R${String(bandKm).padStart(3, "0")}#${PREFIX.geo}#`;
export const alertKey = (kldbGroup: string, bandKm: number, geohash: string, candidateId: string) => ({
  PK: alertPartition(kldbGroup),
  SK: `${bandPrefix(bandKm)}${geohash}#${candidateId}`,
});
/** SK bounds of one band's run of cells [first, last] (inclusive), like geoRange. */
export const alertRange = (bandKm: number, first: string, last: string) => ({
  from: `${bandPrefix(bandKm)}${first}`,
  to: `${bandPrefix(bandKm)}${last}${RANGE_END}`,
});
export const ALERT_LINK = "ALERT";

export const idempotencyKey = (scope: string, key: string) => ({
  PK: `${PREFIX.idempotency}#${scope}#${key}`,
  SK: PREFIX.idempotency,
});

/** The guard of an organisation's own key for one of its listings (shared/db/listing-import.ts). */
export const externalIdKey = (org: string, kind: ListingKind, externalId: string) => ({
  PK: `${PREFIX.externalId}#${org}#${KIND_PREFIX[kind]}#${externalId}`,
  SK: PREFIX.externalId,
});

/** What GET /health reads to learn whether the table answers; no item is ever stored there. */
export const healthProbeKey = { PK: "HEALTH", SK: "HEALTH" };

/** An organisation's display description (name, kind); GSI1 lists all of them for admins. */
export const organisationKey = (org: string) => ({ PK: `ORGN#${org}`, SK: "ORGN" });
export const organisationListKey = (org = "") => ({ GSI1PK: "ORGS", GSI1SK: org });
/**
 * A name's claim (`org` holds it): written in the organisation's transaction with
 * attribute_not_exists, so two organisations cannot take one name (shared/domain/organisation-name.ts).
 */
export const organisationNameClaimKey = (nameKey: string) => ({ PK: `ORGNAME#${nameKey}`, SK: "ORGNAME" });

/** A staff member's work contact and notification wish, by the token's subject. */
export const profileKey = (sub: string) => ({ PK: `USER#${sub}`, SK: "PROFILE" });

/** The staff profiles of an organisation (GSI1): who receives the organisation's notices. */
export const profileListKey = (org: string, sub = "") => ({ GSI1PK: `ORG#${org}#USER`, GSI1SK: sub });

/**
 * A notice in its recipient's inbox, under an id derived from the event (a redelivered stream
 * record finds it taken). GSI1 lists the inbox newest first; GSI2 holds only the unread ones.
 */
export const noticePrefix = "NOTE#";
export const noticeKey = (sub: string, id: string) => ({ PK: `USER#${sub}`, SK: `${noticePrefix}${id}` });
export const noticeListKey = (sub: string, sortKey = "") => ({ GSI1PK: `USER#${sub}#NOTE`, GSI1SK: sortKey });
export const unreadNoticeKey = (sub: string, sortKey = "") => ({
  GSI2PK: `USER#${sub}#UNREAD`,
  GSI2SK: sortKey,
});

/** A notice that names a candidate (case number, link), linked to it so erasure finds it (GSI3). */
export const noticeLinkKey = (candidateId: string, sub: string, id: string) =>
  candidateLinkKey(candidateId, `NOTE#${sub}#${id}`);

/** A queued mail (retry entry, digest entry) of such a notice, linked the same way. */
export const mailLinkKey = (candidateId: string, sub: string, mailId: string) =>
  candidateLinkKey(candidateId, `MAIL#${sub}#${mailId}`);

/** The candidate id of a GSI3 link (CAND#<id>). */
export const candidateOfLink = (gsi3pk: string): string | undefined =>
  gsi3pk.startsWith(`${PREFIX.candidate}#`) ? gsi3pk.slice(PREFIX.candidate.length + 1) : undefined;

/** Marks a local table whose demo catalogue was seeded completely (local runtime only). */
export const demoMarkerKey = () => ({ PK: "META", SK: "DEMO" });

export const candidateKey = (id: string) => ({ PK: `${PREFIX.candidate}#${id}`, SK: PREFIX.candidate });

/**
 * The last case number an organisation issued in a year (shared/db/case-number.ts): a count, no
 * candidate in it, so it outlives erasures and a number is never issued twice.
 */
export const caseCounterKey = (org: string, year: string) => ({ PK: `CASENO#${org}#${year}`, SK: "CASENO" });

export const candidateListKey = (org: string, id = "") => ({
  GSI1PK: `${PREFIX.org}#${org}#${PREFIX.candidate}`,
  GSI1SK: id,
});

/** Exists while a candidate has a proposed or accepted referral to a place or offer: one at a time. */
export const candidatePartition = (candidateId: string) => `${PREFIX.candidate}#${candidateId}`;
export const activeReferralPrefix = `${PREFIX.active}#`;

export const activeReferralKey = (candidateId: string, itemId: string) => ({
  PK: `${PREFIX.candidate}#${candidateId}`,
  SK: `${PREFIX.active}#${itemId}`,
});

/** How many open (proposed or accepted) referrals a candidate has: the cap's atomic counter. */
export const openReferralCounterKey = (candidateId: string) => ({
  PK: candidatePartition(candidateId),
  SK: "REFERRALS",
});

/** Milestones live in the candidate's partition, so erasure takes them with it (ids sort by time). */
export const milestonePrefix = "MILE#";
export const milestoneKey = (candidateId: string, id: string) => ({
  PK: `${PREFIX.candidate}#${candidateId}`,
  SK: `${milestonePrefix}${id}`,
});

/** A candidate's saved qualification plan (issue 28): in its partition, so it erases and expires with it. */
export const planKey = (candidateId: string) => ({ PK: candidatePartition(candidateId), SK: "PLAN" });

/**
 * A consent given or withdrawn (shared/app/consents.ts), in the candidate's partition: its export
 * lists them oldest first, and erasure takes them with it. Keyed by the candidate version the
 * change wrote (zero-padded: it sorts), unique even for two changes within one millisecond.
 */
export const consentEventPrefix = "CONSENT#";
export const consentEventKey = (candidateId: string, version: number, scope: string) => ({
  PK: candidatePartition(candidateId),
  SK: `${consentEventPrefix}${String(version).padStart(8, "0")}#${scope}`,
});

/**
 * Unmet demand (GET /statistics/demand): topics no plan step covers, one item per month ×
 * district × Berufsgruppe × topic key. Not under STATS#: `npm run stats:rebuild` recounts those from
 * items, and a plan counts a topic once per month, which no item keeps after erasure.
 */
export const demandCounterPartition = (month: string) => `DEMAND#${month}`;
export const demandSortKey = (district: string, group: string, topicKey: string) =>
  `${district}#${group}#${topicKey}`;
/** A topic key may hold "#": only the first two separate. */
export const parseDemandSortKey = (sk: string) => {
  const [district = "", group = "", ...topic] = sk.split("#");
  return { district, group, topicKey: topic.join("#") };
};

/** Marks that `mentoring.completed` gave back the seat of this referral: once only. */
export const seatReleaseKey = (candidateId: string, referralId: string) => ({
  PK: `${PREFIX.candidate}#${candidateId}`,
  SK: `SEATFREED#${referralId}`,
});

/**
 * An outcome a milestone counted (org, district, Berufsgruppe, month, figures), under a fresh
 * key that links to nothing: it survives the candidate's erasure and lets stats:rebuild recount.
 */
export const outcomeEventKey = (uuid: string) => ({ PK: `OUTCOME#${uuid}`, SK: "OUTCOME" });

export const referralKey = (id: string) => ({ PK: `${PREFIX.referral}#${id}`, SK: PREFIX.referral });

/**
 * Marks that the seat of a referral removed while accepted (its retention ran out) was given back:
 * once, however often the stream delivers the removal. Names the referral only, expires in days.
 */
export const seatBackKey = (referralId: string) => ({
  PK: `${PREFIX.referral}#${referralId}`,
  SK: "SEATBACK",
});

/** GSI3 links every item outside CAND#<id> that names the candidate, so erasure finds it. */
export const candidateLinkKey = (candidateId: string, sortKey = "") => ({
  GSI3PK: `${PREFIX.candidate}#${candidateId}`,
  GSI3SK: sortKey,
});

/**
 * A coach organisation's referrals (GSI1), an employer's or provider's incoming ones (GSI2; `placeOrg`
 * is the organisation of the place or offer), a candidate's (GSI3).
 */
export const referralIndexKeys = (r: { id: string; org: string; placeOrg: string; candidateId: string }) => ({
  GSI1PK: coachReferralPartition(r.org),
  GSI1SK: r.id,
  GSI2PK: incomingReferralPartition(r.placeOrg),
  GSI2SK: r.id,
  ...candidateLinkKey(r.candidateId, `${PREFIX.referral}#${r.id}`),
});

export const coachReferralPartition = (org: string) => `${PREFIX.org}#${org}#${PREFIX.referral}`;
export const incomingReferralPartition = (placeOrg: string) =>
  `${PREFIX.org}#${placeOrg}#IN${PREFIX.referral}`;

/**
 * A signed decision link's single use (shared/db/decision-links.ts): by its nonce, linked to the
 * candidate of its referral so that erasure removes it with everything else.
 */
export const decisionLinkKey = (nonce: string) => ({ PK: `DLINK#${nonce}`, SK: "DLINK" });
export const decisionLinkCandidateKey = (candidateId: string, nonce: string) =>
  candidateLinkKey(candidateId, `DLINK#${nonce}`);

/** What is left of a referral after its candidate was erased: a fresh key that links to nothing. */
export const anonymousReferralKey = (uuid: string) => ({ PK: `${PREFIX.anonymous}#${uuid}`, SK: "REFERRAL" });

/**
 * Statistics counters (shared/db/statistics-counters.ts), updated atomically with each write:
 * stock (published offers, places, seats, seats taken) per district × Berufsgruppe, and monthly
 * flows (referral events, outcomes) per district × Berufsgruppe, network-wide and per coaching
 * organisation. District "online" holds online offers without a location.
 */
export const STATS_PREFIX = "STATS#";
export const stockCounterPartition = `${STATS_PREFIX}STOCK`;
export const flowCounterPartition = (month: string, org?: string) =>
  org ? `${STATS_PREFIX}ORG#${org}#${month}` : `${STATS_PREFIX}FLOW#${month}`;
export const counterSortKey = (district: string, group: string) => `${district}#${group}`;
export const parseCounterSortKey = (sk: string) => {
  const [district = "", group = ""] = sk.split("#");
  return { district, group };
};

/**
 * Match searches, the most frequent write, count ONCE per search: one item per month ×
 * organisation × district × Berufsgruppe, organisation first, so the network report reads the
 * month's partition and an organisation's report its own range (begins_with "<org>#"; slugs hold
 * no "#"). Searches counted before this layout sit in the flow cells above and still count.
 */
const SEARCH_COUNTER_PREFIX = `${STATS_PREFIX}SEARCH#`;
export const searchCounterPartition = (month: string) => `${SEARCH_COUNTER_PREFIX}${month}`;
export const isSearchCounterPartition = (pk: string) => pk.startsWith(SEARCH_COUNTER_PREFIX);
export const searchCounterOrgPrefix = (org: string) => `${org}#`;
export const searchCounterSortKey = (org: string, district: string, group: string) =>
  `${searchCounterOrgPrefix(org)}${counterSortKey(district, group)}`;
/** District and Berufsgruppe only: the organisation never leaves the read layer. */
export const parseSearchCounterSortKey = (sk: string) => parseCounterSortKey(sk.slice(sk.indexOf("#") + 1));

/**
 * Outcomes recorded in one month for an earlier one (a milestone dated back), network-wide: what
 * the network's closed months gained while the recording month is still open. Non-admins read
 * closed months without them (shared/app/statistics.ts), so a back-dated event pins nothing.
 */
export const lateFlowCounterPartition = (recordedMonth: string) => `${STATS_PREFIX}LATE#${recordedMonth}`;
export const lateFlowCounterSortKey = (month: string, district: string, group: string) =>
  `${month}#${counterSortKey(district, group)}`;
export const parseLateFlowCounterSortKey = (sk: string) => ({
  month: sk.slice(0, sk.indexOf("#")),
  ...parseCounterSortKey(sk.slice(sk.indexOf("#") + 1)),
});

/**
 * People, not events (shared/db/participant-counters.ts): per person, each figure counted once
 * ever, so the counters cannot be rebuilt from events (outside STATS#: stats:rebuild leaves them
 * alone). One partition for the network and one per coaching organisation, a cell per month ×
 * district × Berufsgruppe sorted by month, so a report reads everything up to its end in one
 * query; what was dated back into an earlier month, by the recording month (as the late flows).
 * The marker in the candidate's partition says which figures the person is counted in already.
 */
export const participantCounterPartition = (org?: string) => (org ? `PEOPLE#ORG#${org}` : "PEOPLE#NETWORK");
export const lateParticipantPartition = (recordedMonth: string) => `PEOPLE#LATE#${recordedMonth}`;
export const participantCounterSortKey = lateFlowCounterSortKey;
export const parseParticipantCounterSortKey = parseLateFlowCounterSortKey;
export const personCountedKey = (candidateId: string) => ({
  PK: candidatePartition(candidateId),
  SK: "COUNTED",
});
/**
 * That the stream record of a candidate's item removed by TTL has counted the person out of
 * `active` (shared/app/expiry-completion.ts): keyed by the record's event id, never the person,
 * and expiring soon after the stream could deliver the record again.
 */
export const countedOutKey = (eventId: string) => ({ PK: `PEOPLE#OUT#${eventId}`, SK: "OUT" });

/**
 * Notice mails (shared/db/mail-repository.ts). A marker per mail — one notice's, or one day's
 * digest — claimed before sending, so a mail goes out at most once; a retry entry per mail the
 * service refused, sorted by when it is due; the notices waiting for a daily digest, by recipient.
 */
export const mailMarkerKey = (sub: string, mailId: string) => ({ PK: `USER#${sub}`, SK: `MAIL#${mailId}` });
export const MAIL_RETRY_PARTITION = "MAILRETRY";
export const mailRetryKey = (dueAt: string, sub: string, mailId: string) => ({
  PK: MAIL_RETRY_PARTITION,
  SK: `${dueAt}#${sub}#${mailId}`,
});
export const MAIL_DIGEST_PARTITION = "MAILDIGEST";
export const digestEntryKey = (sub: string, noticeId: string) => ({
  PK: MAIL_DIGEST_PARTITION,
  SK: `${sub}#${noticeId}`,
});

/**
 * Topics in use per Berufsgruppe (GET /topics, shared/db/topic-counters.ts): one counter per
 * topic key, kept by the stream consumer; a marker per applied part of a stream record makes a
 * redelivered record change nothing (it expires after the stream's retention). Neither names an
 * item: a counter holds a topic and a number, a marker a stream event id.
 */
export const topicCounterPartition = (kldbGroup: string) => `TOPICS#${kldbGroup}`;
export const topicCounterKey = (kldbGroup: string, key: string) => ({
  PK: topicCounterPartition(kldbGroup),
  SK: key,
});
export const topicChangeMarkerKey = (eventId: string, part: number) => ({
  PK: `TOPICEVT#${eventId}#${part}`,
  SK: "TOPICEVT",
});

/**
 * Employer counselling (issue 29). Everything about one employer record lives in its partition,
 * so erasure reads it by key: the record (GSI1: its organisation's list by name), one search word
 * per distinct word of its name (GSI1: the organisation's words, each carrying the record), its
 * sessions and its measures (GSI2 while one awaits its `employer.measureDue` notice).
 *
 * | item                 | PK                | SK              | GSI1                              | GSI2                        |
 * |----------------------|-------------------|-----------------|-----------------------------------|-----------------------------|
 * | employer record      | EMPL#<id>         | EMPL            | ORG#<org>#EMPL / <name key>#<id>  | –                           |
 * | employer search word | EMPL#<id>         | WORD#<word>     | ORG#<org>#EMPLWORD / <word>#<id>  | –                           |
 * | counselling session  | EMPL#<id>         | SESS#<sessionId>| –                                 | –                           |
 * | agreed measure       | EMPL#<id>         | MEAS#<measureId>| –                                 | MEASDUE / <due>#<measureId> (open, not yet told) |
 * | employer figure event| EMPSTAT#<yyyy-mm> | <org>#<kind>#<eventId> | –                          | –                           |
 * | idempotency record of a request about the record, in GSI3: EMPL#<id> / IDEM#<scope>#<key> (erased with it) |
 *
 * A figure event (a session, a measure agreed or done, a place created on behalf, a hire) names
 * the record only by its `statsKey`, a random key nothing else holds once the record is erased:
 * the counts survive the erasure, and the network reads a month's partition, an organisation its
 * own range of it.
 */
export const employerPartition = (id: string) => `EMPL#${id}`;
export const employerKey = (id: string) => ({ PK: employerPartition(id), SK: "EMPL" });
export const employerListKey = (org: string, sortKey = "") => ({
  GSI1PK: `ORG#${org}#EMPL`,
  GSI1SK: sortKey,
});
export const employerWordKey = (id: string, word: string) => ({
  PK: employerPartition(id),
  SK: `WORD#${word}`,
});
export const employerWordIndexKey = (org: string, sortKey = "") => ({
  GSI1PK: `ORG#${org}#EMPLWORD`,
  GSI1SK: sortKey,
});
export const EMPLOYER_WORD_PREFIX = "WORD#";
export const SESSION_PREFIX = "SESS#";
export const MEASURE_PREFIX = "MEAS#";
export const employerSessionKey = (employerId: string, id: string) => ({
  PK: employerPartition(employerId),
  SK: `${SESSION_PREFIX}${id}`,
});
export const employerMeasureKey = (employerId: string, id: string) => ({
  PK: employerPartition(employerId),
  SK: `${MEASURE_PREFIX}${id}`,
});
export const MEASURE_DUE_PARTITION = "MEASDUE";
export const measureDueKey = (due: string, measureId: string) => ({
  GSI2PK: MEASURE_DUE_PARTITION,
  GSI2SK: `${due}#${measureId}`,
});
/** An item outside the record's partition that holds its data (an idempotency record's answer), in GSI3. */
export const employerLinkKey = (id: string, sortKey = "") => ({
  GSI3PK: employerPartition(id),
  GSI3SK: sortKey,
});
export const employerEventPartition = (month: string) => `EMPSTAT#${month}`;
export const employerEventKey = (month: string, org: string, kind: string, eventId: string) => ({
  PK: employerEventPartition(month),
  SK: `${org}#${kind}#${eventId}`,
});
