import { ROLES } from "../shared/http/principal.ts";
import { problem } from "../shared/http/problem-middleware.ts";
import { type ApiResult, json } from "../shared/http/response.ts";
import { withSecurityHeaders } from "../shared/http/security-headers.ts";
import { toFieldErrors } from "../shared/domain/validation.ts";
import * as z from "../shared/schemas/z.ts";
import type { LocalAuthorizer } from "./authorizer.ts";

/**
 * `POST /dev/token {role, org, sub?}` → `{ token }`: local only (never in the route table), so
 * the web pages and curl can act as any role without Cognito.
 */
export const DEV_TOKEN_PATH = "/dev/token";

const devTokenRequest = z.strictObject({
  role: z.enum(ROLES),
  org: z
    .string()
    .check(z.regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "Kleinbuchstaben, Ziffern und '-' (2–63 Zeichen)")),
  sub: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
});

const invalid = (errors: { path: string; message: string }[]) =>
  problem(400, "validation-error", "Ungültige Eingabe", "Die Anfrage ist ungültig.", { errors });

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

export async function devToken(authorizer: LocalAuthorizer, body: Buffer): Promise<ApiResult> {
  const parsed = parseJson(body.toString("utf8"));
  if (!parsed) return invalid([{ path: "", message: "Der Body ist kein gültiges JSON." }]);
  const result = z.safeParse(devTokenRequest, parsed.value);
  if (!result.success) return invalid(toFieldErrors(result.error.issues));
  // A credential: never cached (no-store), like every API answer.
  return withSecurityHeaders(json(200, { token: await authorizer.issueDevToken(result.data) }));
}
