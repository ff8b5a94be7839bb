/**
 * The web pages' Content Security Policy, in two parts that the browser both enforces.
 *
 * The response header (CloudFront) says everything except where the pages may connect: the
 * distribution cannot name the API, whose CORS origin is the distribution (a cycle), and a
 * wildcard like `https://*.execute-api.…` would let the pages talk to anyone's API. So the header
 * has no `default-src`/`connect-src`, and each other fetch directive on its own.
 */
export const HEADER_CSP = [
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "worker-src 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The page's own policy (a `<meta>` in index.html, written at deploy time by the upload that knows
 * the API): `connect-src` names the exact API and Cognito sign-in URLs, nothing else. Only that
 * directive: both policies apply, so anything more here would narrow the header's (img-src data:).
 */
/** The exact hosts the pages talk to: the API and the Cognito domain (WebConfig's fields). */
export const pageCsp = (config: { apiUrl: string; cognitoDomain: string }) =>
  `connect-src 'self' ${config.apiUrl} ${config.cognitoDomain}`;

/** index.html with the page's policy first in <head>, before any script it could govern. */
export function withCspMeta(html: string, csp: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error("index.html has no <head>: the page's CSP has nowhere to go");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}" />`;
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}
