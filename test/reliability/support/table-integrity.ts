import { isDeepStrictEqual } from "node:util";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { expectedCounters } from "../../../scripts/stats-rebuild.ts";
import { alertKeys } from "../../../shared/db/alert-index.ts";
import {
  activeReferralKey,
  alertPartition,
  caseCounterKey,
  listingKey,
  noticeKey,
  noticeListKey,
  noticePrefix,
  PREFIX,
  profileListKey,
  unreadNoticeKey,
  STATS_PREFIX,
} from "../../../shared/db/keys.ts";
import { TTL_ATTRIBUTE } from "../../../shared/db/table-definition.ts";
import type { Candidate } from "../../../shared/schemas/candidate.ts";
import { matchKeys, toMatchEntry } from "../../../shared/db/match-index.ts";
import type { Listing, ListingKind } from "../../../shared/domain/listing.ts";
import type { Deps } from "../../../shared/runtime.ts";

export type Item = Record<string, unknown> & { PK: string; SK: string };

/** Every item of the table (a test may Scan; request paths never do), in a stable order. */
export async function scanTable(deps: Pick<Deps, "db" | "tableName">): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new ScanCommand({ TableName: deps.tableName, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    items.push(...((page.Items ?? []) as Item[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.sort((a, b) => `${a.PK}|${a.SK}`.localeCompare(`${b.PK}|${b.SK}`));
}

const key = (item: { PK: string; SK: string }) => `${item.PK}|${item.SK}`;
const KINDS: Record<string, ListingKind> = {
  [listingKey("place", "").SK]: "place",
  [listingKey("offer", "").SK]: "offer",
};
const nonZero = (figures: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(figures).filter(([, v]) => typeof v === "number" && v !== 0));
/** The listing as the service holds it: without its key attributes. */
const withoutKeys = (item: Item) =>
  Object.fromEntries(
    Object.entries(item).filter(([name]) => !/^(PK|SK|GSI\d(PK|SK))$/.test(name)),
  ) as Listing;
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * Everything a half-finished write would leave wrong, checked over every item: each listing has
 * exactly the match entries of its current version and nothing else has any (a candidate with
 * alerts exactly its alert entry); each accepted
 * referral holds a seat and each open one its guard; the statistics counters add up.
 */
export function integrityProblems(items: Item[]): string[] {
  const problems: string[] = [];
  const byKey = new Map(items.map((item) => [key(item), item]));
  const listings = items.flatMap((item) => {
    const kind = KINDS[item.SK];
    return kind ? [{ kind, listing: withoutKeys(item) }] : [];
  });

  // Match index: exactly the entries the listings' current versions call for, with their content.
  // The nearby directory (NEAR#…, for suggestions) is written with the same keys' transaction:
  // check that exactly the wanted directory entries exist.
  const wanted = new Map<string, unknown>();
  const wantedNear = new Set<string>();
  for (const { kind, listing } of listings)
    for (const k of matchKeys(kind, listing)) {
      if (k.PK.startsWith(`${PREFIX.match}#`)) wanted.set(key(k), plain(toMatchEntry(kind, listing)));
      else wantedNear.add(key(k));
    }
  for (const item of items.filter((i) => i.PK.startsWith(`${PREFIX.match}#`))) {
    const entry = wanted.get(key(item));
    if (entry === undefined) problems.push(`stale match entry ${key(item)}`);
    else if (!isDeepStrictEqual(item.entry, entry)) problems.push(`outdated match entry ${key(item)}`);
    wanted.delete(key(item));
  }
  for (const missing of wanted.keys()) problems.push(`missing match entry ${missing}`);
  for (const item of items.filter((i) => i.PK.startsWith("NEAR#"))) {
    if (!wantedNear.delete(key(item))) problems.push(`stale directory entry ${key(item)}`);
  }
  for (const missing of wantedNear) problems.push(`missing directory entry ${missing}`);

  // Alert index: exactly one entry per candidate with alerts, at its current key, with its
  // expiry; none for a candidate without alerts or one that is gone. While an erasure is under
  // way (erasingSince) its entry may be there or already gone.
  const wantedAlerts = new Map<string, number>();
  const erasing = new Set<string>();
  for (const item of items.filter(
    (i) => i.PK.startsWith(`${PREFIX.candidate}#`) && i.SK === PREFIX.candidate,
  ))
    for (const k of alertKeys(withoutKeys(item) as unknown as Candidate))
      if (item.erasingSince) erasing.add(key(k));
      else wantedAlerts.set(key(k), Number(item[TTL_ATTRIBUTE]));
  for (const item of items.filter((i) => i.PK.startsWith(alertPartition("")))) {
    const ttl = wantedAlerts.get(key(item));
    if (ttl === undefined && !erasing.has(key(item))) problems.push(`stale alert entry ${key(item)}`);
    else if (ttl !== undefined && item[TTL_ATTRIBUTE] !== ttl)
      problems.push(`alert entry ${key(item)} expires apart from its candidate`);
    wantedAlerts.delete(key(item));
  }
  for (const missing of wantedAlerts.keys()) problems.push(`missing alert entry ${missing}`);

  // Case numbers: each issued once in its organisation, none beyond its organisation's counter.
  const issued = new Set<string>();
  for (const c of items.filter((i) => i.PK.startsWith(`${PREFIX.candidate}#`) && i.SK === PREFIX.candidate)) {
    const [, year, n] = String(c.reference).split("-");
    if (issued.has(`${c.org}|${c.reference}`)) problems.push(`case number ${c.reference} issued twice`);
    issued.add(`${c.org}|${c.reference}`);
    if (Number(byKey.get(key(caseCounterKey(String(c.org), String(year))))?.lastIssued ?? 0) < Number(n))
      problems.push(`case number ${c.reference} beyond its counter`);
  }

  // Referrals: seats taken = accepted referrals (a place's, an offer's); an open referral holds its
  // guard, and only it. An offer stored before it counted enrolments has none.
  const referrals = items.filter((i) => i.PK.startsWith(`${PREFIX.referral}#`));
  const targetId = (r: Item) => String(r.offerId ?? r.placeId);
  for (const { kind, listing } of listings) {
    const accepted = referrals.filter((r) => targetId(r) === listing.id && r.status === "accepted").length;
    const taken = (listing as { acceptedCount?: number }).acceptedCount ?? (kind === "offer" ? 0 : undefined);
    if (taken !== accepted)
      problems.push(`${kind} ${listing.id}: acceptedCount ${taken}, ${accepted} accepted`);
  }
  const guards = new Set(items.filter((i) => i.SK.startsWith(`${PREFIX.active}#`)).map(key));
  for (const r of referrals) {
    const guard = key(activeReferralKey(String(r.candidateId), targetId(r)));
    const open = r.status === "proposed" || r.status === "accepted";
    if (open && byKey.get(guard)?.referralId !== r.id)
      problems.push(`open referral ${r.id} without its guard`);
    if (open) guards.delete(guard);
    if (!byKey.has(key({ PK: `${PREFIX.candidate}#${r.candidateId}`, SK: PREFIX.candidate })))
      problems.push(`referral ${r.id} names a missing candidate`);
  }
  for (const guard of guards) problems.push(`guard ${guard} without an open referral`);

  // Notices: in their recipient's inbox (GSI1) with an expiry; on the unread index exactly while
  // unread. Profiles: listed under their own organisation (the recipients of its notices).
  for (const n of items.filter((i) => i.SK.startsWith(noticePrefix))) {
    const recipient = String(n.recipient);
    if (n.PK !== noticeKey(recipient, String(n.id)).PK || n.GSI1PK !== noticeListKey(recipient).GSI1PK)
      problems.push(`notice ${key(n)} outside its recipient's inbox`);
    if (typeof n[TTL_ATTRIBUTE] !== "number") problems.push(`notice ${key(n)} never expires`);
    if ((n.readAt === undefined) !== (n.GSI2PK === unreadNoticeKey(recipient).GSI2PK))
      problems.push(`notice ${key(n)}: unread index does not match readAt`);
  }
  for (const p of items.filter((i) => i.SK === "PROFILE"))
    if (p.GSI1PK !== profileListKey(String(p.org)).GSI1PK)
      problems.push(`profile ${key(p)} not listed under its org`);

  // Statistics: the counters equal what the items add up to.
  const counters = expectedCounters(items);
  for (const item of items.filter((i) => i.PK.startsWith(STATS_PREFIX))) {
    const { PK: _pk, SK: _sk, ...figures } = item;
    const expected = nonZero(counters.get(key(item)) ?? {});
    if (!isDeepStrictEqual(nonZero(figures), expected))
      problems.push(
        `counter ${key(item)}: ${JSON.stringify(nonZero(figures))}, expected ${JSON.stringify(expected)}`,
      );
    counters.delete(key(item));
  }
  for (const [cell, figures] of counters)
    if (Object.keys(nonZero(figures)).length) problems.push(`missing counter ${cell}`);
  return problems;
}
