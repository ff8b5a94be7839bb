import type * as z from "../../schemas/z.ts";
import type { Auth } from "../api-handler.ts";
import type { HEADERS } from "../openapi-headers.ts";
import type { Role } from "../principal.ts";

/**
 * One entry of the route table (routes.ts). `group` names the Lambda function
 * (functions/<group>/index.ts); `auth` says whether the JWT authorizer guards the route
 * ("optional": public route whose answer widens for a signed-in caller); `roles` says who may call
 * and the handler wrapper (route-handler.ts) enforces it, as well as the body and query schemas.
 */
export interface Route {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  group: string;
  auth: Auth;
  roles?: readonly Role[];
  /**
   * Roles let through to the use case when it decides per item who may act (a coach learns 403 or
   * 404 from the referral itself); `roles` stays what the API documents. Defaults to `roles`.
   */
  admits?: readonly Role[];
  summary: string;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  response?: z.ZodMiniType;
  /** Status of a successful answer, when not 200. */
  status?: number;
  /** Largest body accepted (decoded bytes), when not MAX_JSON_BODY_BYTES. */
  maxBodyBytes?: number;
  /** Answers 410 when the credential in its path expired or was used (a decision link). */
  gone?: boolean;
  /** Headers a successful answer carries besides the generic ones (ETag, Location, …), by component. */
  responseHeaders?: Readonly<Record<string, keyof typeof HEADERS>>;
}

export const routeKey = (route: Pick<Route, "method" | "path">) => `${route.method} ${route.path}`;

/** Writes that change an existing item by its version: PATCH, DELETE and PUT of a named item. */
export const takesIfMatch = (route: Pick<Route, "method" | "path">) =>
  route.method === "PATCH" ||
  route.method === "DELETE" ||
  (route.method === "PUT" && route.path.includes("{"));
