import { issueCaseNumberAction, lastIssuedCaseNumber } from "../db/case-number.ts";
import { type RetryPolicy, withRetries } from "../db/retry.ts";
import type { TransactItem } from "../db/transact.ts";
import { caseNumberYear, formatCaseNumber } from "../domain/case-number.ts";
import { ServiceUnavailableError } from "../domain/errors.ts";
import type { Deps } from "../runtime.ts";

/** The counter moved on between our read and our write: read it again and take the next number. */
export class CaseNumberTaken extends Error {}

/**
 * Concurrent creates of one organisation take turns on its counter: each try that loses reads
 * again. Patient enough for a burst of saves (20 at once, test/integration/case-numbers.test.ts).
 */
const TAKEN: RetryPolicy = { attempts: 40, baseMs: 10, capMs: 250 };

/**
 * Issues `org` its next case number inside `write`, the transaction that stores the candidate
 * holding it: `write` gets the number and the counter's action and throws CaseNumberTaken when
 * that action's condition failed. Returns what `write` returned.
 */
export async function withCaseNumber<T>(
  deps: Deps,
  org: string,
  write: (reference: string, counter: TransactItem) => Promise<T>,
): Promise<T> {
  const year = caseNumberYear(deps.clock());
  return withRetries(
    "case number taken",
    TAKEN,
    async () => {
      const last = await lastIssuedCaseNumber(deps, org, year);
      return write(
        formatCaseNumber(org, year, last + 1),
        issueCaseNumberAction(deps.tableName, org, year, last),
      );
    },
    {
      retryable: (error) => error instanceof CaseNumberTaken,
      giveUp: () =>
        new ServiceUnavailableError(
          "Zu viele gleichzeitige Neuanlagen; bitte die Kandidat:in erneut speichern.",
        ),
    },
  );
}
