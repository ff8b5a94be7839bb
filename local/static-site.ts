import { existsSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import type { ApiResult } from "../shared/http/response.ts";
import { chooseEncoding, compressed, isCompressible } from "./compression.ts";
import { safeDecode } from "./route-match.ts";

/**
 * Serves the built web pages (`web/dist`) for GET requests no API route claims. Page paths
 * (no file extension, e.g. `/beratung/kandidaten`) fall back to index.html, as CloudFront does on
 * AWS, so a reload or a bookmark opens the page. Until the build exists, `/` answers with a small
 * index that points at the API. Text files go out brotli- or gzip-compressed when the client
 * accepts it, as CloudFront sends them (compression.ts).
 */
const HTML = "text/html; charset=utf-8";
const TYPES: Record<string, string> = {
  ".html": HTML,
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

const INDEX = `<!doctype html>
<html lang="de"><meta charset="utf-8"><title>Passung (lokal)</title>
<h1>Passung läuft lokal</h1>
<ul>
  <li><a href="/openapi.json">/openapi.json</a> – API-Beschreibung</li>
  <li><a href="/health">/health</a> – Lebenszeichen</li>
  <li><code>POST /dev/token {"role":"coach","org":"iq-owl"}</code> – lokales Token</li>
</ul>
</html>
`;

function fileIn(root: string, rawPath: string): string | undefined {
  const path = safeDecode(rawPath);
  if (path === undefined) return undefined;
  const file = resolve(root, `.${path.endsWith("/") ? `${path}index.html` : path}`);
  // resolve() normalises "..": anything outside the root is not ours to serve.
  if (!file.startsWith(root + sep)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  // A client-side route: no extension in its last segment (a missing .js or .png stays a 404).
  const index = join(root, "index.html");
  return !extname(file) && existsSync(index) ? index : undefined;
}

/** Hashed build assets never change; everything else is revalidated (index.html, config.json). */
const cacheControl = (rawPath: string) =>
  rawPath.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";

export async function staticFile(
  webRoot: string,
  rawPath: string,
  acceptEncoding?: string,
): Promise<ApiResult | undefined> {
  const root = resolve(webRoot);
  if (!existsSync(root)) {
    if (rawPath !== "/") return undefined;
    return {
      statusCode: 200,
      headers: { "content-type": HTML, "cache-control": "no-cache", "x-content-type-options": "nosniff" },
      body: INDEX,
    };
  }
  const file = fileIn(root, rawPath);
  if (!file) return undefined;
  const contentType = TYPES[extname(file)] ?? "application/octet-stream";
  const [data, { mtimeMs }] = await Promise.all([readFile(file), stat(file)]);
  const compressible = isCompressible(contentType, data.length);
  const encoding = compressible ? chooseEncoding(acceptEncoding) : undefined;
  const body = encoding ? await compressed(file, mtimeMs, data, encoding) : data;
  return {
    statusCode: 200,
    headers: {
      "content-type": contentType,
      "cache-control": cacheControl(rawPath),
      "x-content-type-options": "nosniff",
      // Caches keep the compressed and the plain answer apart.
      ...(compressible ? { vary: "accept-encoding" } : {}),
      ...(encoding ? { "content-encoding": encoding } : {}),
    },
    body: body.toString("base64"),
    isBase64Encoded: true,
  };
}
