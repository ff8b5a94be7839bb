import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";

export type ApiResult = APIGatewayProxyStructuredResultV2;

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): ApiResult {
  return {
    statusCode,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
    body: JSON.stringify(body),
  };
}

/** A page to read or print. Its own CSP allows nothing but its inline stylesheet. */
export function html(statusCode: number, body: string, headers: Record<string, string> = {}): ApiResult {
  return {
    statusCode,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy":
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      ...headers,
    },
    body,
  };
}

export const noContent = (headers: Record<string, string> = {}): ApiResult => ({ statusCode: 204, headers });

/** Versions travel as strong ETags: `"3"`. */
export const etag = (version: number): string => `"${version}"`;
