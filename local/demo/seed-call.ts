import type { Context } from "aws-lambda";
import { type RouteHandler } from "../../shared/http/api-handler.ts";
import { CURRENT_NOTICE_VERSION } from "../../shared/domain/consent.ts";
import { buildApiEvent } from "../api-event.ts";
import { demoStaffSub } from "./seed-profiles.ts";

/**
 * How the demo seeds talk to the API: through the handlers, as a member of an organisation, with
 * an idempotency key per step so an interrupted seed can run again.
 */
const ORG = "mozaik";
/** The MOZAIK cases' languages, in turn (their handouts and consents). */
export const CASE_LANGUAGES = ["ar", "uk", "tr", "fa"] as const;

export const daysAgo = (now: Date, days: number) =>
  new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

interface Call {
  /** POST unless said (the plan is read with GET and saved with PUT, a status set with PATCH). */
  method?: "GET" | "POST" | "PUT" | "PATCH";
  route: string;
  path: string;
  key: string;
  body?: unknown;
  params?: Record<string, string>;
  as?: { org: string; role: string };
  /** More request headers, e.g. If-Match for a PATCH. */
  headers?: Record<string, string>;
}

export async function call(
  handler: RouteHandler,
  { method = "POST", route, path, key, body, params = {}, as, headers = {} }: Call,
) {
  const { org, role } = as ?? { org: ORG, role: "coach" };
  const event = buildApiEvent({
    method,
    routePath: route,
    rawPath: path,
    pathParameters: params,
    headers: { "content-type": "application/json", "idempotency-key": `demo-${key}`, ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    claims: { sub: demoStaffSub(org, role), "cognito:groups": [role], "custom:org": org, token_use: "id" },
  });
  const result = await handler(event, { awsRequestId: "seed" } as Context);
  if ((result.statusCode ?? 500) >= 300) throw new Error(`Demo case ${key} rejected: ${result.body}`);
  return JSON.parse(result.body ?? "{}") as { id: string };
}

/**
 * The candidate's consent, as the coach records it while the candidate reads the information
 * notice: kept, profile shared with partners, contact passed on after acceptance. No referral
 * without `share-profile`.
 */
export const recordConsent = (
  candidates: RouteHandler,
  key: string,
  id: string,
  { date, language }: { date: string; language: string },
) =>
  call(candidates, {
    route: "/candidates/{id}/consents",
    path: `/candidates/${id}/consents`,
    key: `${key}-consent`,
    params: { id },
    body: {
      version: CURRENT_NOTICE_VERSION,
      date,
      scopes: ["store", "share-profile", "share-contact-after-acceptance"],
      language,
    },
  });
