import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { CountedCell } from "../domain/participant-counts.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";
import { candidateKey } from "./keys.ts";
import { withoutKeys } from "./query-page.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";

/** Set when an erasure has begun: the candidate is gone for every reader and writer. */
export const ERASING = "erasingSince";
/**
 * The active consent scopes as a list beside `consents`: what a proposal's transaction checks
 * (`contains`), so a referral cannot be written once `share-profile` is withdrawn.
 */
export const ACTIVE_SCOPES = "activeConsentScopes";
/**
 * The cell (entry's district and Berufsgruppe) the person counts as active in, while they do
 * (shared/domain/participant-counts.ts `activeCell`): on the item itself, so an erasure by TTL
 * finds it in the stream's old image even when the marker went first.
 */
export const COUNTED_ACTIVE = "countedActiveIn";
const KEY_ATTRIBUTES = [
  "PK",
  "SK",
  "GSI1PK",
  "GSI1SK",
  TTL_ATTRIBUTE,
  ERASING,
  ACTIVE_SCOPES,
  COUNTED_ACTIVE,
];

/** The counted-active cell an item carries, if any. */
export function countedActiveOf(item: Record<string, unknown> | undefined): CountedCell | undefined {
  const cell = item?.[COUNTED_ACTIVE] as Partial<CountedCell> | undefined;
  return typeof cell?.district === "string" && typeof cell.group === "string"
    ? { district: cell.district, group: cell.group }
    : undefined;
}

/**
 * Candidates stored before issue 30 have no `entryDate` (they entered the day they were saved) and
 * no consents.
 */
export function candidateFromItem(item: Record<string, unknown>): Candidate {
  const candidate = withoutKeys<Candidate>(item, KEY_ATTRIBUTES);
  return {
    ...candidate,
    entryDate: candidate.entryDate ?? candidate.createdAt.slice(0, 10),
    consents: candidate.consents ?? [],
  };
}

/** A candidate as stored, expired or half-erased ones included: what erasure works from. */
export interface StoredCandidate {
  candidate: Candidate;
  erasing: boolean;
  countedActive?: CountedCell;
}

/**
 * Reading a candidate by key, in a module of its own without any write: the read-only handout
 * function bundles this, not the repository, so its role needs no write action
 * (infra/route-groups.ts). The repository (candidate-repository.ts) reads through it too.
 */
export async function readStoredCandidate(
  deps: Pick<Deps, "db" | "tableName">,
  id: string,
): Promise<StoredCandidate | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: candidateKey(id), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const countedActive = countedActiveOf(Item);
  return {
    candidate: candidateFromItem(Item),
    erasing: Item[ERASING] !== undefined,
    ...(countedActive ? { countedActive } : {}),
  };
}

/**
 * A live candidate: not expired, not being erased. Candidates expire (retention): DynamoDB TTL
 * removes them in AWS within days, and DynamoDB Local never does, so reads filter on `expiresAt`.
 */
export async function readLiveCandidate(
  deps: Pick<Deps, "db" | "tableName" | "clock">,
  id: string,
): Promise<Candidate | undefined> {
  const stored = await readStoredCandidate(deps, id);
  const now = deps.clock().toISOString();
  return stored && !stored.erasing && stored.candidate.expiresAt > now ? stored.candidate : undefined;
}

/**
 * Whether each candidate allowed their contact to be passed on after acceptance (the consent
 * `share-contact-after-acceptance` in force), by id: only that attribute is read, one Get per
 * candidate (a page of referrals holds few accepted ones). An erased candidate allows nothing.
 */
export async function readContactSharing(
  deps: Pick<Deps, "db" | "tableName">,
  ids: readonly string[],
): Promise<Map<string, boolean>> {
  const answers = await Promise.all(
    [...new Set(ids)].map(async (id) => {
      const { Item } = await deps.db.send(
        new GetCommand({
          TableName: deps.tableName,
          Key: candidateKey(id),
          ProjectionExpression: "#s",
          ExpressionAttributeNames: { "#s": ACTIVE_SCOPES },
        }),
      );
      const scopes = Item?.[ACTIVE_SCOPES];
      return [id, Array.isArray(scopes) && scopes.includes("share-contact-after-acceptance")] as const;
    }),
  );
  return new Map(answers);
}
