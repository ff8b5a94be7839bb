import { employerRepository } from "../db/employer-repository.ts";
import { measureDueIndex } from "../db/measure-due-index.ts";
import { transactWrite } from "../db/transact.ts";
import { berlinDay, measureDueText } from "../domain/employer-measure.ts";
import type { Deps } from "../runtime.ts";
import type { CounsellingTopic } from "../schemas/employer.ts";
import { noticeAction } from "./notices.ts";

/** Measures handled per run; the rest wait for the next (hourly) run. */
export const MEASURES_PER_RUN = 200;

/** Where the notice leads: the employer's page of the "Arbeitgeberberatung" area (web/src/routes.ts). */
export const employerPageLink = (employerId: string) => `/beratung/arbeitgeber/${employerId}`;

class AlreadyTold extends Error {}

/**
 * The scheduled job (functions/notice-mail, "measures-due"; locally each tick of the mail
 * schedule): every measure past its due date and neither done nor dropped gives its adviser an
 * `employer.measureDue` notice — in the inbox, and mailed as their `notify` says (the stream's
 * mail reaction) — exactly once per measure and due date: the notice is written in one
 * transaction with the measure's conditional claim. A measure of a record being erased is left
 * to the erasure.
 */
export async function notifyDueMeasures(deps: Deps): Promise<{ told: number; skipped: number }> {
  const index = measureDueIndex(deps);
  const employers = employerRepository(deps);
  const due = await index.overdue(berlinDay(deps.clock()), MEASURES_PER_RUN);
  let told = 0;
  for (const measure of due) {
    const stored = await employers.getStored(measure.employerId);
    if (!stored || stored.erasing) continue;
    const notice = noticeAction(deps, {
      eventId: `measureDue#${measure.id}#${measure.due}`,
      recipient: measure.adviser,
      org: measure.org,
      type: "employer.measureDue",
      text: measureDueText(stored.employer.name, measure.topic as CounsellingTopic, measure.due),
      link: employerPageLink(measure.employerId),
    });
    const claimed = await transactWrite(
      deps,
      { claim: [index.claimAction(measure)], notice: [notice] },
      () => new AlreadyTold(),
    ).then(
      () => true,
      (error: unknown) => {
        if (error instanceof AlreadyTold) return false;
        throw error;
      },
    );
    if (claimed) told++;
  }
  return { told, skipped: due.length - told };
}
