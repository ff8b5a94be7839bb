import type { TableItem } from "./stream-changes.ts";

/**
 * A referral item as the notices read it from the table's change stream, and how they quote a
 * title: what the partner's and the coach's notices (referral-notices.ts, referral-coach-notices.ts) share.
 */

/** What a notice needs of a referral item (a place's or an offer's; see shared/schemas/referral.ts). */
export interface ReferralFacts {
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

export const isReferral = (item: TableItem | undefined) =>
  typeof item?.PK === "string" && item.PK.startsWith("REF#") && item.SK === "REF";

export function factsOf(item: TableItem): ReferralFacts {
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
export const quoted = (title: string) => `„${title.length > 80 ? `${title.slice(0, 79)}…` : title}“`;
