import type { Route } from "../../../shared/http/routes.ts";
import * as z from "../../../shared/schemas/z.ts";
import type { Answer } from "./api.ts";
import type { FuzzRequest } from "./fuzz-requests.ts";

/** Lambda's synchronous response limit: a bigger answer is a 502 on AWS. */
const LAMBDA_RESPONSE_BYTES = 6 * 1024 * 1024;

const schemaKeys = (schema: z.ZodMiniType | undefined): string[] => {
  if (!schema) return [];
  return Object.keys(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }).properties ?? {});
};

function bodyKeys(body: string | undefined): string[] {
  try {
    const value: unknown = JSON.parse(body ?? "");
    return typeof value === "object" && value !== null ? Object.keys(value) : [];
  } catch {
    return [];
  }
}

/** The fields a 400 may name: the body, its (or its schema's) fields, sent headers, query parameters. */
function requestFields(route: Route, request: FuzzRequest): (path: string) => boolean {
  const body = new Set([...bodyKeys(request.body), ...schemaKeys(route.body)]);
  const headers = new Set(Object.keys(request.headers).map((name) => name.toLowerCase()));
  const query = new Set([...new URLSearchParams(request.query ?? "").keys(), ...schemaKeys(route.query)]);
  return (path) => {
    if (path === "body") return true;
    if (path.startsWith("headers.")) return headers.has(path.slice("headers.".length));
    // Keys may themselves contain "." or "[": a path names a key it equals or starts with.
    const names = (keys: Set<string>, at: string) =>
      [...keys].some((key) => at === key || at.startsWith(`${key}.`) || at.startsWith(`${key}[`));
    if (path.startsWith("query.")) return names(query, path.slice("query.".length));
    return names(body, path);
  };
}

/** What is wrong with an answer to a fuzzed request: a 5xx, a non-problem error, a 400 naming nothing. */
export function answerProblems(route: Route, request: FuzzRequest, res: Answer): string[] {
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`${res.status}: ${res.text.slice(0, 300)}`);
  if (Buffer.byteLength(res.text) > LAMBDA_RESPONSE_BYTES)
    problems.push(`answer of ${res.text.length} bytes`);
  if (res.status >= 400) {
    const body = (typeof res.body === "object" && res.body) || {};
    const { status, title, type, errors } = body as Record<string, unknown>;
    if (!res.headers["content-type"]?.startsWith("application/problem+json"))
      problems.push(`${res.status} without problem+json: ${res.headers["content-type"]}`);
    if (status !== res.status || typeof title !== "string" || !title || typeof type !== "string")
      problems.push(`${res.status}: incomplete problem ${res.text.slice(0, 200)}`);
    if (res.status === 400) {
      const names = requestFields(route, request);
      const paths = Array.isArray(errors) ? errors.map((e: { path?: unknown }) => e.path) : [];
      if (!paths.length) problems.push(`400 without errors: ${res.text.slice(0, 200)}`);
      for (const path of paths)
        if (typeof path !== "string" || !path || !names(path))
          problems.push(`400 names ${JSON.stringify(path)}`);
    }
  }
  // Prototype pollution would show on every object of the process.
  if (Object.keys(Object.prototype).length || ({} as { polluted?: unknown }).polluted !== undefined)
    problems.push("Object.prototype polluted");
  return problems;
}
