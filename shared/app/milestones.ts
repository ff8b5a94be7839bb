import { candidateRepository } from "../db/candidate-repository.ts";
import { listingRepository } from "../db/listing-repository.ts";
import { milestoneRepository, MAX_MILESTONES_PER_CANDIDATE } from "../db/milestone-repository.ts";
import { referralRepository } from "../db/referral-repository.ts";
import { type TransactItem, transactWrite } from "../db/transact.ts";
import { ConflictError, ValidationError } from "../domain/errors.ts";
import { isAdequateJob, orderWarnings, outcomeCell, outcomeFields } from "../domain/milestone.ts";
import type { Deps } from "../runtime.ts";
import { moveDependentsExpiry } from "./candidate-dependents.ts";
import { employerHireActions } from "./employer-place-figures.ts";
import { seatRelease } from "./mentoring-seat-release.ts";
import { candidateExpiry } from "./participation.ts";
import { personCountActions } from "./person-counts.ts";
import type { Candidate } from "../schemas/candidate.ts";
import type { QualificationOffer } from "../schemas/qualification-offer.ts";
import type { Milestone, MilestoneInput } from "../schemas/milestone.ts";

const invalid = (path: string, message: string) => new ValidationError([{ path, message }]);

/**
 * Records a milestone: one transaction over the milestone, the outcome counters and their
 * anonymous event, and — for `mentoring.completed` of an accepted referral — the seat it frees.
 */
export async function recordMilestone(
  deps: Deps,
  candidate: Candidate,
  input: MilestoneInput,
  actor: { sub: string },
  record: (created: Milestone & { warnings: string[] }) => TransactItem[],
): Promise<Milestone & { warnings: string[] }> {
  const at = deps.clock().toISOString();
  if (input.date > at.slice(0, 10)) throw invalid("date", "Das Datum liegt in der Zukunft.");
  const milestones = milestoneRepository(deps);
  const previous = await milestones.list(candidate.id);
  if (previous.length >= MAX_MILESTONES_PER_CANDIDATE)
    throw new ConflictError(`Höchstens ${MAX_MILESTONES_PER_CANDIDATE} Meilensteine je Kandidat:in.`);

  const seat: TransactItem[] = [];
  const hire: TransactItem[] = [];
  const notes: string[] = [];
  let iqFunded = false;
  if (input.referralId !== undefined) {
    const referral = await referralRepository(deps).get(input.referralId);
    if (!referral || referral.candidateId !== candidate.id)
      throw invalid("referralId", "Keine Vermittlung dieser Person.");
    // IQ targets count qualifications begun in an offer IQ funds (as the offer says now).
    if (input.type === "qualification.started" && referral.offerId) {
      const offer = await listingRepository<QualificationOffer>(deps, "offer").get(referral.offerId);
      iqFunded = offer?.funding.includes("iq-funded") ?? false;
    }
    if (input.type === "employment.started")
      hire.push(...(await employerHireActions(deps, referral, input.date)));
    // Only a mentoring place's seat is given back; an offer's enrolment stays confirmed.
    if (input.type === "mentoring.completed" && referral.status === "accepted" && referral.placeId) {
      const release = await seatRelease(deps, referral.placeId, candidate.id, referral.id, at);
      if (release) seat.push(...release);
      else notes.push("Der Platz dieser Vermittlung wurde bereits freigegeben.");
    }
  }

  const adequate =
    input.type === "employment.started" && input.occupation
      ? isAdequateJob(input.occupation, candidate.occupation)
      : undefined;
  const milestone: Milestone = {
    id: deps.newId(),
    candidateId: candidate.id,
    type: input.type,
    date: input.date,
    ...(input.referralId !== undefined ? { referralId: input.referralId } : {}),
    ...(input.occupation !== undefined ? { occupation: input.occupation } : {}),
    ...(adequate !== undefined ? { adequate } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    createdAt: at,
    createdBy: actor.sub,
  };
  const created = { ...milestone, warnings: [...orderWarnings(previous, milestone), ...notes] };
  // A milestone is activity: the candidate's expiry moves (retention), the milestone expires with it.
  const expiresAt = candidateExpiry(deps, {
    lastActivity: at,
    exit: candidate.exit,
    followupRecorded: [...previous, milestone].some((m) => m.type === "followup.sixMonths"),
  });
  const cell = outcomeCell(
    { org: candidate.org, occupation: candidate.occupation, district: candidate.location.district.code },
    input.date,
  );
  const people = await personCountActions(deps, { ...candidate, expiresAt }, at, {
    ...input,
    ...(adequate !== undefined ? { adequate } : {}),
    iqFunded,
  });
  await transactWrite(
    deps,
    {
      // The candidate as read: an erasure (which marks it first) or a concurrent change fails the write.
      candidate: [candidateRepository(deps).expiryAction(candidate, expiresAt, people.countedActive)],
      ...milestones.createActions(
        { ...candidate, expiresAt },
        milestone,
        outcomeFields(input.type, adequate, iqFunded),
        cell,
      ),
      seat,
      hire,
      people: people.actions,
      idempotency: record(created),
    },
    (name) =>
      name === "candidate"
        ? new ConflictError("Die Person wurde inzwischen geändert oder gelöscht; bitte neu laden.")
        : name === "seat"
          ? new ConflictError(
              "Der Platz wurde gleichzeitig geändert oder ist bereits freigegeben; bitte erneut versuchen.",
            )
          : name === "people"
            ? new ConflictError("Gleichzeitig wurde für diese Person etwas erfasst; bitte erneut versuchen.")
            : new ConflictError(
                "Die Anfrage mit diesem Idempotency-Key lief gleichzeitig; bitte wiederholen.",
              ),
  );
  await moveDependentsExpiry(deps, candidate.id, candidate.expiresAt, expiresAt);
  return created;
}
