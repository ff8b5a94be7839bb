import type { CandidateProfile } from "../domain/matching.ts";
import type { Candidate } from "../schemas/candidate.ts";
import type { Location } from "../schemas/common.ts";

/** What matching knows of a saved candidate: its matches and its handout read the same profile. */
export const candidateProfile = (c: Candidate): CandidateProfile & { location: Location } => ({
  ...c,
  point: { lat: c.location.lat, lon: c.location.lon },
});
