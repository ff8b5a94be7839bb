import type { CognitoConfig } from "./config.ts";

/**
 * Cognito hosted sign-in: authorization code flow with PKCE (S256). The verifier and state stay in
 * sessionStorage for the round trip; the code is exchanged at `${cognitoDomain}/oauth2/token`, and
 * `?code=` is removed from the address bar at once.
 */
const PENDING = "passung.pkce";
const redirectUri = () => `${location.origin}/`;

function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const randomString = () => base64Url(crypto.getRandomValues(new Uint8Array(32)));

export async function startSignIn(config: CognitoConfig): Promise<void> {
  const verifier = randomString();
  const state = randomString();
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
  const params = new URLSearchParams({
    response_type: "code",
    client_id: config.appClientId,
    redirect_uri: redirectUri(),
    scope: "openid email profile",
    state,
    code_challenge: base64Url(new Uint8Array(digest)),
    code_challenge_method: "S256",
  });
  location.assign(`${config.cognitoDomain}/oauth2/authorize?${params}`);
}

/** On return from the hosted sign-in: the ID token, or undefined when this is not a sign-in return. */
export async function completeSignIn(config: CognitoConfig): Promise<string | undefined> {
  const query = new URLSearchParams(location.search);
  const code = query.get("code");
  const error = query.get("error");
  if (!code && !error) return undefined;
  history.replaceState(null, "", location.pathname + location.hash);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? "{}") as {
    verifier?: string;
    state?: string;
  };
  sessionStorage.removeItem(PENDING);
  if (error) throw new Error(`Anmeldung abgebrochen (${error}).`);
  if (!code || !pending.verifier || pending.state !== query.get("state"))
    throw new Error("Die Anmeldung konnte nicht bestätigt werden. Bitte erneut anmelden.");
  const res = await fetch(`${config.cognitoDomain}/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      client_id: config.appClientId,
      code,
      redirect_uri: redirectUri(),
      code_verifier: pending.verifier,
    }),
  });
  if (!res.ok) throw new Error("Die Anmeldung ist fehlgeschlagen. Bitte erneut anmelden.");
  const tokens = (await res.json()) as { id_token?: string };
  if (!tokens.id_token) throw new Error("Die Anmeldung lieferte kein Token.");
  return tokens.id_token;
}

export function signOutUrl(config: CognitoConfig): string {
  const params = new URLSearchParams({ client_id: config.appClientId, logout_uri: redirectUri() });
  return `${config.cognitoDomain}/logout?${params}`;
}
