import { request } from "node:http";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseEncoding } from "../../local/compression.ts";
import { buildWeb } from "../e2e/support/web-build.ts";
import { startTestServer, type TestServer } from "../support/local-server.ts";

/**
 * Issue 31, point 12: `npm start` sends the pages compressed when the browser accepts it, as
 * CloudFront does (Content-Encoding, Vary: Accept-Encoding); the first load shrinks to about a third.
 */
let server: TestServer;
let small: TestServer;

beforeAll(async () => {
  server = await startTestServer({ webRoot: await buildWeb() });
  const root = await mkdtemp(join(tmpdir(), "passung-compress-"));
  await writeFile(join(root, "index.html"), "<h1>klein</h1>");
  await writeFile(join(root, "logo.png"), Buffer.alloc(5000, 1));
  small = await startTestServer({ webRoot: root });
}, 180_000);
afterAll(async () => {
  await server?.close();
  await small?.close();
});

/** The raw answer (no client-side decompression, unlike fetch). */
function get(base: string, path: string, acceptEncoding?: string) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((done, fail) => {
    const req = request(
      `${base}${path}`,
      { headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on("error", fail);
    req.end();
  });
}

const decode = (body: Buffer, encoding: unknown) =>
  encoding === "br" ? brotliDecompressSync(body) : encoding === "gzip" ? gunzipSync(body) : body;

describe("compressed pages from the local server", () => {
  it("sends the first load's script and styles brotli-compressed to a browser, a third of the bytes", async () => {
    const browser = "gzip, deflate, br, zstd";
    // index.html (about 800 bytes) stays plain: CloudFront compresses from 1,000 bytes on.
    const page = await get(server.url, "/", browser);
    expect(page.status).toBe(200);
    expect(page.headers["content-encoding"]).toBeUndefined();
    const assets = [
      ...page.body.toString("utf8").matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g),
    ].map((m) => m[1] ?? "");
    expect(assets.some((a) => a.endsWith(".js"))).toBe(true);
    expect(assets.some((a) => a.endsWith(".css"))).toBe(true);
    let sent = page.body.length;
    let plain = page.body.length;
    for (const asset of assets) {
      const [packed, raw] = await Promise.all([get(server.url, asset, browser), get(server.url, asset)]);
      expect(packed.headers["content-encoding"], asset).toBe("br");
      expect(packed.headers.vary, asset).toBe("accept-encoding");
      expect(raw.headers["content-encoding"], asset).toBeUndefined();
      expect(raw.headers.vary, asset).toBe("accept-encoding");
      expect(decode(packed.body, "br").equals(raw.body), asset).toBe(true);
      sent += packed.body.length;
      plain += raw.body.length;
    }
    expect(plain).toBeGreaterThan(50_000);
    expect(sent / plain).toBeLessThan(0.4);
  });

  it("sends gzip to a client that takes only gzip, and plain to one that takes nothing", async () => {
    const page = await get(server.url, "/");
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.body.toString("utf8"))?.[1] ?? "";
    const gz = await get(server.url, script, "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    const plain = await get(server.url, script, "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(decode(gz.body, "gzip").equals(plain.body)).toBe(true);
    expect((await get(server.url, script, "br;q=0, gzip;q=0")).headers["content-encoding"]).toBeUndefined();
  });

  it("leaves small files and images as they are", async () => {
    const page = await get(small.url, "/", "br, gzip");
    expect(page.headers["content-encoding"]).toBeUndefined();
    expect(page.body.toString("utf8")).toBe("<h1>klein</h1>");
    const image = await get(small.url, "/logo.png", "br, gzip");
    expect(image.headers["content-encoding"]).toBeUndefined();
    expect(image.headers.vary).toBeUndefined();
    expect(image.body.length).toBe(5000);
  });
});

describe("chooseEncoding", () => {
  it("prefers brotli, then gzip, honouring q=0 and *", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("GZIP")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(chooseEncoding("br;q=0.0, gzip;q=0")).toBeUndefined();
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("*, br;q=0")).toBe("gzip");
    expect(chooseEncoding("deflate")).toBeUndefined();
    expect(chooseEncoding("")).toBeUndefined();
    expect(chooseEncoding(undefined)).toBeUndefined();
  });
});
