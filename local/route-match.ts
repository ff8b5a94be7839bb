import type { Route } from "../shared/http/routes.ts";

/**
 * Finds the route for a request the way API Gateway HTTP APIs do: `{name}` matches exactly one
 * path segment, and among the method's matching templates the one with more literal segments
 * wins (`GET /things/search` before `GET /things/{id}`).
 */
export type RouteMatch =
  | { kind: "found"; route: Route; pathParameters: Record<string, string> }
  | { kind: "method-not-allowed"; allow: string[] }
  | { kind: "not-found" };

const PARAM = /^\{(\w+)\}$/;

/** decodeURIComponent, but undefined for a malformed %-escape (which then matches nothing). */
export function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Path parameters (URL-decoded) and specificity when `path` fits `template`, else undefined. */
function fitTemplate(template: string, path: string) {
  const wanted = template.split("/");
  const actual = path.split("/");
  if (wanted.length !== actual.length) return undefined;
  const pathParameters: Record<string, string> = {};
  let literals = 0;
  for (const [i, part] of wanted.entries()) {
    const segment = actual[i] ?? "";
    const name = PARAM.exec(part)?.[1];
    if (name === undefined) {
      if (part !== segment) return undefined;
      literals++;
      continue;
    }
    const value = safeDecode(segment);
    if (!value) return undefined;
    pathParameters[name] = value;
  }
  return { pathParameters, literals };
}

export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const candidates = routes.flatMap((route) => {
    const result = fitTemplate(route.path, path);
    return result ? [{ route, ...result }] : [];
  });
  if (candidates.length === 0) return { kind: "not-found" };
  // The route key includes the method, so specificity is compared among this method's routes.
  const [hit] = candidates.filter((c) => c.route.method === method).sort((a, b) => b.literals - a.literals);
  if (hit) return { kind: "found", route: hit.route, pathParameters: hit.pathParameters };
  return { kind: "method-not-allowed", allow: [...new Set(candidates.map((c) => c.route.method))] };
}
