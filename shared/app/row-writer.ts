import type { ListingImportStore, Resolved } from "../db/listing-import.ts";
import { type RetryPolicy, withRetries } from "../db/retry.ts";
import { type TransactItem, transactWrite } from "../db/transact.ts";
import { ConflictError } from "../domain/errors.ts";
import type { Deps } from "../runtime.ts";
import type { RowError } from "../csv/import-errors.ts";
import type { KeyedTask } from "./keyed-pool.ts";
import { addsOf, keyOf, mergeAdds } from "../db/merged-adds.ts";
import type { Change } from "./row-plan.ts";
import type { ValidRow } from "../csv/row-validation.ts";

export interface PlannedRow {
  row: ValidRow;
  state: Resolved;
  change: Change;
}

export type Counts = Record<Change["kind"], number>;

/** A condition of a row's transaction failed: someone changed the item or its guard meanwhile. */
class StaleRow extends Error {}

/** DynamoDB's limit of actions per transaction; rows per transaction are capped below it too. */
const MAX_ACTIONS = 100;
const MAX_ROWS = 25;
/** A row whose item changed meanwhile is read, planned and written again, twice at most. */
const STALE_ROWS: RetryPolicy = { attempts: 3, baseMs: 10, capMs: 100 };

/**
 * Writes planned rows in transactions of up to 25 rows that touch no item twice — except
 * statistics counters, whose ADDs are summed into one action — so a file of many rows in one
 * district and occupation needs few round trips. When a transaction's condition fails, its rows
 * are written one by one, each read and planned again when stale: an interrupted or concurrent
 * import converges without duplicates.
 */
export function rowWriter(
  deps: Deps,
  store: ListingImportStore,
  replan: (row: ValidRow, state: Resolved) => Change | RowError,
  counts: Counts,
) {
  const nextOf = (change: Change) => ("next" in change ? change.next : undefined);
  const actionsOf = ({ row, state, change }: PlannedRow) =>
    store.actions(row.externalId, state, nextOf(change));

  async function writeOne(planned: PlannedRow): Promise<void> {
    let { state, change } = planned;
    const attempt = async (n: number) => {
      if (n > 1) {
        state = (await store.resolve([planned.row.externalId])).get(planned.row.externalId) ?? state;
        const again = replan(planned.row, state);
        if (!("kind" in again)) throw new ConflictError(`Zeile ${again.row}: ${again.message}`);
        change = again;
      }
      const actions = actionsOf({ ...planned, state, change });
      // Planned again after a conflict, the row may need no write any more.
      if (actions.length) await transactWrite(deps, { row: actions }, () => new StaleRow());
      counts[change.kind]++;
    };
    await withRetries("import row", STALE_ROWS, attempt, {
      retryable: (error) => error instanceof StaleRow,
      giveUp: () => conflict(planned.row),
    });
  }

  async function writeGroup(group: PlannedRow[]): Promise<void> {
    const [only] = group;
    if (group.length === 1 && only) return writeOne(only);
    try {
      await transactWrite(deps, { rows: mergeAdds(group.flatMap(actionsOf)) }, () => new StaleRow());
      for (const { change } of group) counts[change.kind]++;
    } catch (error) {
      if (!(error instanceof StaleRow)) throw error;
      for (const planned of group) await writeOne(planned);
    }
  }

  /** Rows that write nothing are counted at once; the others are packed into transactions. */
  return (rows: readonly PlannedRow[]): KeyedTask[] => {
    const writing = rows.map((planned) => ({ planned, actions: actionsOf(planned) }));
    for (const { planned } of writing.filter((r) => !r.actions.length)) counts[planned.change.kind]++;
    // Rows that add to the same counters go together: transactions of different counters can
    // then run side by side (keyed-pool.ts), those of the same one must take turns anyway.
    const counters = (actions: TransactItem[]) =>
      actions
        .filter((a) => addsOf(a))
        .map(keyOf)
        .sort()
        .join();
    const sorted = writing
      .filter((r) => r.actions.length)
      .map((r) => ({ ...r, counters: counters(r.actions) }))
      .sort((a, b) => a.counters.localeCompare(b.counters));
    return pack(sorted).map((group) => ({
      keys: [...group.keys],
      run: () => writeGroup(group.rows),
    }));
  };
}

/** First fit: each pass fills one transaction with the rows (in the given order) that still fit. */
function pack(writing: { planned: PlannedRow; actions: TransactItem[] }[]) {
  const groups: { rows: PlannedRow[]; keys: Set<string> }[] = [];
  let rest = writing;
  while (rest.length) {
    const rows: PlannedRow[] = [];
    const exclusive = new Set<string>();
    const additive = new Set<string>();
    let size = 0;
    const left: typeof rest = [];
    for (const candidate of rest) {
      const own = candidate.actions.map((action) => ({
        key: keyOf(action),
        adds: addsOf(action) !== undefined,
      }));
      const clash = own.some(({ key, adds }) => exclusive.has(key) || (!adds && additive.has(key)));
      const added = own.filter(({ key, adds }) => !(adds && additive.has(key))).length;
      if (rows.length && (clash || size + added > MAX_ACTIONS || rows.length === MAX_ROWS)) {
        left.push(candidate);
        continue;
      }
      rows.push(candidate.planned);
      for (const { key, adds } of own) (adds ? additive : exclusive).add(key);
      size += added;
    }
    groups.push({ rows, keys: new Set([...exclusive, ...additive]) });
    rest = left;
  }
  return groups;
}

const conflict = (row: ValidRow) =>
  new ConflictError(
    `Zeile ${row.row} (Externe ID „${row.externalId}“) wurde während des Imports gleichzeitig ` +
      "geändert; bitte dieselbe Datei noch einmal importieren.",
  );
