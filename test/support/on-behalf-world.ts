import { decisionRoutes } from "../../functions/decisions/routes.ts";
import { DEV_DECISION_LINK_SECRET } from "../../shared/app/decision-secret.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import type { Deps } from "../../shared/runtime.ts";
import { employerBody, employerWorld } from "./employer-world.ts";
import { type Caller, invoke } from "./events.ts";
import { placeInput } from "./fixtures.ts";
import { referralWorld } from "./referral-world.ts";

/** A counselling organisation's coach (IQ Leipzig) who keeps places on behalf of employers. */
export const adviser: Caller = { role: "coach", org: "iq-leipzig", sub: "adviser-1" };
export const CONTACT_EMAIL = "kontakt@pflegeheim-sonnenhof.example.org";

/**
 * The referral world with the decision routes and employer records of a counselling organisation.
 * The secret is the dev secret: tests sign their own forged tokens with another one.
 */
export async function onBehalfWorld(deps?: Deps) {
  const world = await referralWorld(deps);
  const decisions = dispatch(decisionRoutes(world.deps, async () => DEV_DECISION_LINK_SECRET));
  const decide = (routeKey: string, options: Parameters<typeof invoke>[2] = {}) =>
    invoke(decisions, routeKey, options);
  const employers = await employerWorld(world.deps);
  return {
    ...world,
    decide,
    employers,
    /** An employer record of `org` (a counselling organisation), created by its coach. */
    async employerRecord(org = adviser.org, fields: Record<string, unknown> = {}) {
      const body = employerBody({
        name: "Pflegeheim Sonnenhof",
        sector: "Q",
        contact: { name: "Frau Krüger", email: CONTACT_EMAIL, consentDate: "2026-11-01" },
        ...fields,
      });
      const res = await employers.call("POST /employers", {
        caller: { role: "coach", org, sub: `coach-${org}` },
        body,
      });
      if (res.status !== 201) throw new Error(`employer record: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as { id: string; name: string; version: number };
    },
    /** A published place the adviser keeps on behalf of `employerId`. */
    placeOnBehalf: async (employerId: string, overrides: Record<string, unknown> = {}, caller = adviser) =>
      world.call("places", "POST /mentoring-places", {
        caller,
        body: placeInput({
          status: "published",
          onBehalfOf: employerId,
          location: { postalCode: "04109" },
          ...overrides,
        }),
      }),
    sendLink: (referralId: string, caller = adviser) =>
      decide("POST /referrals/{id}/decision-link", { caller, params: { id: referralId } }),
  };
}
