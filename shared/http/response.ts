import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";

export type ApiResult = APIGatewayProxyStructuredResultV2;

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): ApiResult {
  return {
    statusCode,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
    body: JSON.stringify(body),
  };
}

export const noContent = (headers: Record<string, string> = {}): ApiResult => ({ statusCode: 204, headers });

/** Versions travel as strong ETags: `"3"`. */
export const etag = (version: number): string => `"${version}"`;
