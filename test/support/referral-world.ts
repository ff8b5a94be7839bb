import { candidateRoutes } from "../../functions/candidates/routes.ts";
import { handoutRoutes } from "../../functions/handouts/routes.ts";
import { organisationRoutes } from "../../functions/organisations/routes.ts";
import { referralRoutes } from "../../functions/referrals/routes.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { mentoringPlaceResource, qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import { CURRENT_NOTICE_VERSION } from "../../shared/domain/consent.ts";
import type { Deps } from "../../shared/runtime.ts";
import type { ConsentScope } from "../../shared/schemas/consent.ts";
import { testDeps } from "./db.ts";
import { type Caller, invoke } from "./events.ts";
import { candidateInput, offerInput, placeInput } from "./fixtures.ts";

export const coach: Caller = { role: "coach", org: "mozaik", sub: "coach-1" };
export const employer: Caller = { role: "employer", org: "klinikum", sub: "employer-1" };
export const provider: Caller = { role: "provider", org: "bildung-owl", sub: "provider-1" };

/** Handlers of places, candidates and referrals over one fresh table, with helpers to set up a case. */
export async function referralWorld(deps?: Deps) {
  const d = deps ?? (await testDeps());
  const handlers = {
    places: dispatch(listingHandlers(mentoringPlaceResource, d)),
    offers: dispatch(listingHandlers(qualificationOfferResource, d)),
    organisations: dispatch(organisationRoutes(d)),
    candidates: dispatch(candidateRoutes(d)),
    handouts: dispatch(handoutRoutes(d)),
    referrals: dispatch(referralRoutes(d)),
  };
  const call = (group: keyof typeof handlers, routeKey: string, options: Parameters<typeof invoke>[2] = {}) =>
    invoke(handlers[group], routeKey, options);
  /** Records consents as a coach does while the candidate reads the notice (today, German). */
  const consent = (id: string, scopes: ConsentScope[], caller = coach) =>
    call("candidates", "POST /candidates/{id}/consents", {
      caller,
      params: { id },
      body: {
        version: CURRENT_NOTICE_VERSION,
        date: d.clock().toISOString().slice(0, 10),
        scopes,
        language: "de",
      },
    });
  return {
    deps: d,
    call,
    place: async (overrides: Record<string, unknown> = {}, caller = employer) =>
      (
        await call("places", "POST /mentoring-places", {
          caller,
          body: placeInput({ status: "published", ...overrides }),
        })
      ).body as { id: string; capacity: number; acceptedCount: number },
    offer: async (overrides: Record<string, unknown> = {}, caller = provider) =>
      (
        await call("offers", "POST /qualification-offers", {
          caller,
          body: offerInput({ status: "published", ...overrides }),
        })
      ).body as { id: string; seats?: number; acceptedCount: number; version: number },
    /** A saved candidate who agreed to `store` and `share-profile` (no referral without it). */
    candidate: async (overrides: Record<string, unknown> = {}, caller = coach) => {
      const created = await call("candidates", "POST /candidates", {
        caller,
        body: candidateInput(overrides),
      });
      return (await consent(created.body.id as string, ["store", "share-profile"], caller)).body as {
        id: string;
        version: number;
        reference: string;
      };
    },
    consent,
    propose: (candidateId: string, placeId: string, caller = coach, message = "Sehr motiviert") =>
      call("referrals", "POST /referrals", { caller, body: { candidateId, placeId, message } }),
    proposeOffer: (candidateId: string, offerId: string, caller = coach) =>
      call("referrals", "POST /referrals", { caller, body: { candidateId, offerId } }),
    act: (id: string, action: "accept" | "decline" | "withdraw", caller: Caller) =>
      call("referrals", `POST /referrals/{id}/${action}`, { caller, params: { id } }),
    /**
     * The answer sent again while it is 503 ("bitte erneut versuchen": it lost too many races, more
     * likely on a busy machine), as a client does, until it is decided.
     */
    actDecided: async (id: string, action: "accept" | "decline" | "withdraw", caller: Caller) => {
      for (;;) {
        const answer = await call("referrals", `POST /referrals/{id}/${action}`, { caller, params: { id } });
        if (answer.status !== 503) return answer;
      }
    },
  };
}
