import { isUtf8 } from "node:buffer";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiResult } from "../shared/http/response.ts";

/**
 * Reads the whole request body. Past `limit` bytes it keeps draining without keeping the bytes
 * (so the client still reads the 413) and returns undefined.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  return size > limit ? undefined : Buffer.concat(chunks);
}

const TEXT_TYPE = /^\s*(application\/(?:[\w.-]+\+)?json|text\/plain)\s*(;|$)/i;
const OTHER_CHARSET = /;\s*charset="?(?!utf-?8\b)/i;

/**
 * What API Gateway hands the function: JSON and plain UTF-8 text as a string, everything else
 * (CSV uploads, forms, binary, other charsets) as a Buffer, which buildApiEvent base64-encodes.
 * Stricter than AWS's own guess, so handlers always exercise their base64 path locally.
 */
export function eventBody(body: Buffer, contentType: string | undefined): string | Buffer | undefined {
  if (body.length === 0) return undefined;
  const type = contentType ?? "";
  return TEXT_TYPE.test(type) && !OTHER_CHARSET.test(type) && isUtf8(body) ? body.toString("utf8") : body;
}

/** Writes a payload-v2 result: headers, cookies as set-cookie, base64 bodies decoded. */
export function writeResult(res: ServerResponse, result: ApiResult): void {
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, String(value));
  if (result.cookies?.length) res.setHeader("set-cookie", result.cookies);
  res.statusCode = result.statusCode ?? 200;
  res.end(
    result.body === undefined
      ? undefined
      : Buffer.from(result.body, result.isBase64Encoded ? "base64" : "utf8"),
  );
}
