import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

/**
 * Compression of the web pages as CloudFront does it in front of the S3 bucket: brotli or gzip
 * by the client's Accept-Encoding, text types only, files from 1,000 bytes on; always
 * `Vary: Accept-Encoding`. The local server compresses each file once per change (cache by mtime).
 */
export type Encoding = "br" | "gzip";

/** CloudFront compresses objects of 1,000 bytes to 10 MB; smaller ones gain nothing. */
export const MIN_COMPRESS_BYTES = 1000;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg\+xml)/;

/** The encoding to answer with: brotli before gzip, none with q=0; identity when neither is accepted. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    if (name) accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const wildcard = accepted.get("*") ?? 0;
  const allows = (name: Encoding) => (accepted.get(name) ?? wildcard) > 0;
  return allows("br") ? "br" : allows("gzip") ? "gzip" : undefined;
}

export const isCompressible = (contentType: string, bytes: number) =>
  bytes >= MIN_COMPRESS_BYTES && COMPRESSIBLE.test(contentType);

const compressors: Record<Encoding, (data: Buffer) => Promise<Buffer>> = {
  br: (data) =>
    promisify(brotliCompress)(data, {
      params: { [constants.BROTLI_PARAM_SIZE_HINT]: data.length, [constants.BROTLI_PARAM_QUALITY]: 9 },
    }),
  gzip: (data) => promisify(gzip)(data, { level: 9 }),
};

const cache = new Map<string, { mtimeMs: number; body: Promise<Buffer> }>();

/** `data` (the file `path` as of `mtimeMs`) in `encoding`, compressed once per version of the file. */
export function compressed(path: string, mtimeMs: number, data: Buffer, encoding: Encoding): Promise<Buffer> {
  const key = `${encoding}:${path}`;
  const hit = cache.get(key);
  if (hit?.mtimeMs === mtimeMs) return hit.body;
  const body = compressors[encoding](data);
  cache.set(key, { mtimeMs, body });
  return body;
}
