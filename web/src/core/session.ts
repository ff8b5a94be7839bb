import type { Role } from "./types.ts";

/**
 * Who is signed in. The token lives in memory and in sessionStorage (so a reload keeps the
 * session, a closed tab ends it) and is only ever sent in the Authorization header, never in a URL.
 */
export interface Session {
  token: string;
  role: Role;
  org: string;
  sub: string;
  email?: string;
  /** The person's name, when the token has it (Cognito's `name`, or given and family name). */
  name?: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const KEY = "passung.token";
const ROLE_ORDER: readonly Role[] = ["admin", "coach", "employer", "provider"];
let current: Session | undefined;

function base64UrlJson(part: string): unknown {
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/");
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

function nameOf(claims: Record<string, unknown>): string | undefined {
  const text = (key: string) => (typeof claims[key] === "string" ? (claims[key] as string).trim() : "");
  const name = text("name") || [text("given_name"), text("family_name")].filter(Boolean).join(" ");
  return name || undefined;
}

/** Reads the claims the API reads: `cognito:groups` (role) and `custom:org`. Not a verification. */
export function sessionFromToken(token: string): Session | undefined {
  try {
    const claims = base64UrlJson(token.split(".")[1] ?? "") as Record<string, unknown>;
    const groups = Array.isArray(claims["cognito:groups"]) ? (claims["cognito:groups"] as unknown[]) : [];
    const role = ROLE_ORDER.find((r) => groups.includes(r));
    const org = claims["custom:org"];
    if (!role || typeof org !== "string") return undefined;
    return {
      token,
      role,
      org,
      sub: String(claims.sub ?? ""),
      email: typeof claims.email === "string" ? claims.email : undefined,
      name: nameOf(claims),
      exp: Number(claims.exp ?? 0),
    };
  } catch {
    return undefined;
  }
}

const expired = (s: Session) => s.exp * 1000 <= Date.now() + 30_000;

export function getSession(): Session | undefined {
  if (!current) {
    const stored = sessionStorage.getItem(KEY);
    current = stored ? sessionFromToken(stored) : undefined;
  }
  if (current && expired(current)) clearSession();
  return current;
}

export function setSession(token: string): Session | undefined {
  const session = sessionFromToken(token);
  if (!session) return undefined;
  current = session;
  sessionStorage.setItem(KEY, token);
  return session;
}

export function clearSession(): void {
  current = undefined;
  sessionStorage.removeItem(KEY);
}
