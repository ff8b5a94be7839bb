import type { StoredReferral } from "../db/referral-repository.ts";
import { ConflictError } from "../domain/errors.ts";
import type { ListingKind } from "../domain/listing.ts";
import { targetFields } from "../domain/referral-target.ts";
import type { Candidate } from "../schemas/candidate.ts";
import type { MentoringPlace } from "../schemas/mentoring-place.ts";
import type { QualificationOffer } from "../schemas/qualification-offer.ts";
import type { NoteCode } from "../vocabulary/referral-notes.ts";
import type { Actor } from "./referral-change.ts";

/**
 * A proposal before it is written: the referral it makes of a candidate and a place or offer, the
 * cap on open referrals, and what each failed part of its transaction tells the coach. Apart from
 * referrals.ts, which decides and writes proposals and changes.
 */

/**
 * Open (proposed or accepted) referrals one candidate may have at a time. Counted atomically with
 * each proposal and each close (referral-repository.ts), so racing proposals cannot pass it.
 */
export const MAX_OPEN_REFERRALS_PER_CANDIDATE = 30;

/** What failed in a proposal, by the name of its transaction part. */
export const proposalConflicts = (kind: ListingKind): Record<string, () => ConflictError> => ({
  activeGuard: () =>
    new ConflictError(
      kind === "place"
        ? "Diese Person ist für diesen Platz bereits vorgeschlagen."
        : "Diese Person ist für dieses Angebot bereits vorgeschlagen.",
    ),
  cap: () =>
    new ConflictError(
      `Höchstens ${MAX_OPEN_REFERRALS_PER_CANDIDATE} offene Vermittlungen je Kandidat:in; erst eine abschließen.`,
      { errors: [{ path: "candidateId", message: "Zu viele offene Vermittlungen" }] },
    ),
  itemOpen: () =>
    new ConflictError(
      kind === "place"
        ? "Der Mentoringplatz ist nicht mehr frei."
        : "Das Qualifizierungsangebot hat keine freien Plätze mehr.",
    ),
  candidate: () =>
    new ConflictError(
      "Die Kandidat:in wurde gleichzeitig geändert, gelöscht oder ihre Einwilligung widerrufen; bitte neu laden.",
      { errors: [{ path: "candidateId", message: "Gleichzeitig geändert" }] },
    ),
});

/** A place or an offer to propose to. */
export type ReferralItem =
  { kind: "place"; listing: MentoringPlace } | { kind: "offer"; listing: QualificationOffer };

/** A place kept on behalf of an employer: the referral keeps which record and the company's name. */
const onBehalfOfPlace = ({ kind, listing }: ReferralItem) =>
  kind === "place" && listing.onBehalfOf
    ? { onBehalfOf: listing.onBehalfOf, ...(listing.company ? { company: listing.company } : {}) }
    : {};

/** The new referral, as proposed: the pseudonymous profile the partner reads, taken from the candidate now. */
export function proposedReferral(
  id: string,
  candidate: Candidate,
  item: ReferralItem,
  input: { notes?: NoteCode[] | undefined; message?: string | undefined },
  actor: Actor,
  at: string,
): StoredReferral {
  return {
    id,
    candidateId: candidate.id,
    org: candidate.org,
    ...targetFields({
      kind: item.kind,
      id: item.listing.id,
      org: item.listing.org,
      title: item.listing.title,
    }),
    ...onBehalfOfPlace(item),
    status: "proposed",
    ...(input.notes?.length ? { notes: input.notes } : {}),
    ...(input.message ? { message: input.message } : {}),
    profile: {
      occupation: candidate.occupation,
      ...(candidate.germanLevel ? { germanLevel: candidate.germanLevel } : {}),
      languages: candidate.languages,
      ...(candidate.availableFrom ? { availableFrom: candidate.availableFrom } : {}),
      district: candidate.location.district,
    },
    history: [{ status: "proposed", at, by: actor.sub, role: actor.role }],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}
