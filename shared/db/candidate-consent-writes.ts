import { activeScopes } from "../domain/consent.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";
import type { ConsentScope } from "../schemas/consent.ts";
import { epochOf } from "./candidate-items.ts";
import { ACTIVE_SCOPES } from "./candidate-read.ts";
import { candidateKey } from "./keys.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";
import { type TransactItem, versionGuard } from "./transact.ts";

/**
 * The candidate item's consent writes: the check that a scope is active and the consents' next
 * state. Apart from the repository because only the consent-bound use cases (consents.ts,
 * referrals.ts) join them to their transactions; both read the item's active scopes attribute.
 */
export function candidateConsentWrites(deps: Deps) {
  const table = deps.tableName;

  return {
    /**
     * Passes only while the candidate is at this version and `scope` is active: a proposal written
     * after `share-profile` was withdrawn (or while it was being withdrawn) fails.
     */
    consentedCheck: (candidate: Candidate, scope: ConsentScope): TransactItem => ({
      ConditionCheck: {
        TableName: table,
        Key: candidateKey(candidate.id),
        ConditionExpression: "#v = :v AND contains(#scopes, :scope)",
        ExpressionAttributeNames: { "#v": "version", "#scopes": ACTIVE_SCOPES },
        ExpressionAttributeValues: { ":v": candidate.version, ":scope": scope },
      },
    }),

    /**
     * The consents' next state (and the next version), guarded by the version read; `removeEsf`
     * drops the ESF Plus data in the same write. A consent is activity: the expiry moves too (a
     * milestone's expiryAction at the same version meanwhile computed it from the same moment).
     * Only these attributes: the counted-active cell stays as it is.
     */
    consentAction: (previous: Candidate, next: Candidate, removeEsf: boolean): TransactItem => {
      const guard = versionGuard(previous.version);
      return {
        Update: {
          TableName: table,
          Key: candidateKey(previous.id),
          UpdateExpression: `SET consents = :c, #scopes = :s, #v = :next, updatedAt = :u, expiresAt = :e, #ttl = :ttl${removeEsf ? " REMOVE esf" : ""}`,
          ConditionExpression: guard.ConditionExpression,
          ExpressionAttributeNames: {
            ...guard.ExpressionAttributeNames,
            "#scopes": ACTIVE_SCOPES,
            "#ttl": TTL_ATTRIBUTE,
          },
          ExpressionAttributeValues: {
            ...guard.ExpressionAttributeValues,
            ":c": next.consents,
            ":s": activeScopes(next.consents),
            ":next": next.version,
            ":u": next.updatedAt,
            ":e": next.expiresAt,
            ":ttl": epochOf(next.expiresAt),
          },
        },
      };
    },
  };
}
