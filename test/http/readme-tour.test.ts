import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoOrganisations } from "../../local/demo/seed-organisations.ts";
import { startTestServer, type TestServer } from "../support/local-server.ts";

/**
 * The README's "Try it" tour, run as written against the local server: a command that answers
 * 4xx/5xx fails the script (curl --fail-with-body), so a tour that drifts from the API fails here.
 */
function tour(): string {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf("## Try it"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("README: no sh block under 'Try it'");
  return block;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedDemoOrganisations(server.deps);
}, 300_000);
afterAll(() => server?.close());

describe("README tour", () => {
  it("is a sh block that starts at the local server's address", () => {
    expect(tour()).toMatch(/^U=http:\/\/127\.0\.0\.1:3000\n/);
  });

  it("runs every command successfully against npm start's server", async () => {
    const script = [
      "set -euo pipefail",
      'curl() { command curl --fail-with-body --silent --show-error "$@"; }',
      tour().replace(/^U=.*$/m, `U=${server.url}`),
    ].join("\n");
    const { stdout } = await promisify(execFile)("bash", ["-c", script], { maxBuffer: 16 * 1024 * 1024 });
    // The last command prints the OpenAPI document; the place went through publish and archive.
    expect(stdout).toContain('"openapi":"3.1');
    expect(stdout).toContain('"status":"published"');
  });
});
