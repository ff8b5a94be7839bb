import type { QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { type AlertEntry, alertBand, alertCover, sameCriteria } from "../domain/alerts.ts";
import type { Point } from "../domain/geo.ts";
import { cellOf } from "../domain/geo-cover.ts";
import { kldbGroup } from "../domain/kldb.ts";
import type { Deps } from "../runtime.ts";
import { queryAll } from "./query-page.ts";
import type { Candidate } from "../schemas/candidate.ts";
import { epochOf, type ItemKey } from "./candidate-items.ts";
import { ALERT_LINK, alertKey, alertPartition, alertRange, candidateLinkKey } from "./keys.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";
import type { TransactItem } from "./transact.ts";

/**
 * The alert index (domain/alerts.ts): one entry per candidate with `alerts`, written in the
 * candidate's own transactions. It holds only what the candidate item holds that deciding a match
 * needs, is linked to the candidate in GSI3 (erasure and retention find it like any dependent)
 * and expires with it (same TTL).
 */
export function alertKeys(candidate: Candidate | undefined): ItemKey[] {
  if (!candidate?.alerts) return [];
  const band = alertBand(candidate.radiusKm);
  return [alertKey(kldbGroup(candidate.occupation), band, cellOf(candidate.location), candidate.id)];
}

export function toAlertEntry(candidate: Candidate, coach: string | undefined): AlertEntry {
  return {
    candidateId: candidate.id,
    org: candidate.org,
    ...(coach ? { coach } : {}),
    occupation: candidate.occupation,
    point: { lat: candidate.location.lat, lon: candidate.location.lon },
    radiusKm: candidate.radiusKm,
    ...(candidate.germanLevel ? { germanLevel: candidate.germanLevel } : {}),
    ...(candidate.availableFrom ? { availableFrom: candidate.availableFrom } : {}),
    ...(candidate.location.state.code ? { state: candidate.location.state.code } : {}),
    expiresAt: candidate.expiresAt,
  };
}

/** The entry's own attribute, beside `alert`: a write that keeps the criteria keeps it (below). */
const SINCE = "since";

/**
 * The actions that move the index from `previous` to `next` (undefined: none): the entry is
 * written again on every write (its content and expiry follow the candidate) and deleted when
 * alerts are switched off or its key moved (other Berufsgruppe, home or radius band). `since`
 * (domain/alerts.ts) restarts only when alerts are switched on or a criterion changed.
 */
export function alertActions(
  tableName: string,
  previous: Candidate | undefined,
  next: Candidate | undefined,
  coach: string | undefined,
): TransactItem[] {
  const nextKeys = alertKeys(next);
  const same = (a: ItemKey) => nextKeys.some((b) => a.PK === b.PK && a.SK === b.SK);
  const deletes = alertKeys(previous)
    .filter((key) => !same(key))
    .map((Key) => ({ Delete: { TableName: tableName, Key } }));
  if (!next) return deletes;
  const entry = toAlertEntry(next, coach);
  const kept = previous?.alerts === true && sameCriteria(toAlertEntry(previous, coach), entry);
  const attributes = {
    ...candidateLinkKey(next.id, ALERT_LINK),
    [TTL_ATTRIBUTE]: epochOf(next.expiresAt),
    alert: entry,
  };
  const writes = nextKeys.map((key): TransactItem => {
    if (!kept)
      return { Put: { TableName: tableName, Item: { ...key, ...attributes, [SINCE]: next.updatedAt } } };
    const names = Object.keys(attributes);
    return {
      Update: {
        TableName: tableName,
        Key: key,
        UpdateExpression: `SET ${names.map((_, i) => `#a${i} = :a${i}`).join(", ")}, #since = if_not_exists(#since, :since)`,
        ExpressionAttributeNames: {
          ...Object.fromEntries(names.map((name, i) => [`#a${i}`, name])),
          "#since": SINCE,
        },
        ExpressionAttributeValues: {
          ...Object.fromEntries(Object.values(attributes).map((value, i) => [`:a${i}`, value])),
          ":since": next.updatedAt,
        },
      },
    };
  });
  return [...deletes, ...writes];
}

/** An index item as matching reads it: the entry with its `since`. */
const entryOf = (item: Record<string, unknown>): AlertEntry => {
  const since = item[SINCE];
  return { ...(item.alert as AlertEntry), ...(typeof since === "string" ? { since } : {}) };
};

export interface AlertRead {
  alerts: AlertEntry[];
  requests: number;
  itemsRead: number;
}

/**
 * The live alert entries of one Berufsgruppe near a point: per radius band the key ranges of its
 * cover (a few Queries in parallel); without a point (an online offer, reachable from anywhere)
 * the whole partition of the group. Never a Scan.
 */
export async function readAlerts(
  deps: Deps,
  query: { group: string; point: Point | undefined },
): Promise<AlertRead> {
  const pk = alertPartition(query.group);
  const inputs: QueryCommandInput[] = query.point
    ? alertCover(query.point).flatMap(({ bandKm, ranges }) =>
        ranges.map((range) => {
          const { from, to } = alertRange(bandKm, range.first, range.last);
          return {
            TableName: deps.tableName,
            KeyConditionExpression: "PK = :pk AND SK BETWEEN :from AND :to",
            ExpressionAttributeValues: { ":pk": pk, ":from": from, ":to": to },
          };
        }),
      )
    : [
        {
          TableName: deps.tableName,
          KeyConditionExpression: "PK = :pk",
          ExpressionAttributeValues: { ":pk": pk },
        },
      ];
  const pages = await Promise.all(inputs.map((input) => queryAll(deps, input)));
  const now = deps.clock().toISOString();
  return {
    alerts: pages.flatMap((p) => p.items.map(entryOf)).filter((alert) => alert.expiresAt > now),
    requests: pages.reduce((n, p) => n + p.requests, 0),
    itemsRead: pages.reduce((n, p) => n + p.scanned, 0),
  };
}
