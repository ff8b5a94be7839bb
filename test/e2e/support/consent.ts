import { consentInput } from "../../support/fixtures.ts";
import type { Api } from "./app.ts";

/**
 * Records that a candidate agreed to be stored and proposed (no referral without `share-profile`),
 * as the coach does on the candidate's page: by id, or by the case number a page showed.
 */
export async function consentTo(coach: Api, candidate: { id: string } | { reference: string }) {
  const id =
    "id" in candidate
      ? candidate.id
      : (await coach.get<{ items: { id: string; reference: string }[] }>("/candidates?limit=100")).items.find(
          (c) => c.reference === candidate.reference,
        )?.id;
  if (!id) throw new Error("candidate not found");
  await coach.post(`/candidates/${id}/consents`, consentInput());
}
