/**
 * Where the API and sign-in live. On AWS the stack writes /config.json (API URL, Cognito user pool,
 * app client, hosted sign-in domain); `npm start` has none, so the pages run in local mode: the API
 * on the same origin and a role picker that asks `POST /dev/token` for a token.
 */
export interface CognitoConfig {
  mode: "cognito";
  apiUrl: string;
  userPoolId: string;
  appClientId: string;
  cognitoDomain: string;
  region: string;
}
export type AppConfig = (CognitoConfig | { mode: "local"; apiUrl: string }) & {
  /** Where feedback on accessibility goes (the statement's contact); config.json may set it. */
  feedbackEmail: string;
};

/** A demo address until an operator sets `feedbackEmail` (cdk -c feedbackEmail=…). */
export const DEMO_FEEDBACK_EMAIL = "barrierefreiheit@passung.example.org";

const isString = (value: unknown): value is string => typeof value === "string" && value.length > 0;
const trimSlash = (url: string) => url.replace(/\/+$/, "");

export async function loadConfig(): Promise<AppConfig> {
  let raw: unknown;
  try {
    const res = await fetch("/config.json", { cache: "no-store", headers: { accept: "application/json" } });
    raw = res.ok ? await res.json() : undefined;
  } catch {
    raw = undefined;
  }
  const c = (raw ?? {}) as Record<string, unknown>;
  const feedbackEmail =
    isString(c.feedbackEmail) && /^[^\s@]+@[^\s@]+$/.test(c.feedbackEmail)
      ? c.feedbackEmail
      : DEMO_FEEDBACK_EMAIL;
  if (isString(c.apiUrl) && isString(c.appClientId) && isString(c.cognitoDomain)) {
    return {
      mode: "cognito",
      apiUrl: trimSlash(c.apiUrl),
      userPoolId: isString(c.userPoolId) ? c.userPoolId : "",
      appClientId: c.appClientId,
      cognitoDomain: trimSlash(c.cognitoDomain),
      region: isString(c.region) ? c.region : "",
      feedbackEmail,
    };
  }
  return { mode: "local", apiUrl: "", feedbackEmail };
}
