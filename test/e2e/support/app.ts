import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import type { Role } from "../../../shared/http/principal.ts";
import type { LocalServerOptions } from "../../../local/server.ts";
import { startTestServer, type TestServer } from "../../support/local-server.ts";
import { launchBrowser } from "./browser.ts";
import { buildWeb } from "./web-build.ts";

/** One test file's world: the built pages behind the local server on a free port, and Chromium. */
export interface E2e {
  server: TestServer;
  browser: Browser;
  /** The API as a given role, for seeding what a flow needs. */
  api(role: Role, org: string): Promise<Api>;
  close(): Promise<void>;
}

export interface Api {
  get<T = Record<string, unknown>>(path: string): Promise<T>;
  post<T = Record<string, unknown>>(path: string, body: unknown): Promise<T>;
  patch<T = Record<string, unknown>>(path: string, body: unknown, version: number): Promise<T>;
}

/** `loadGroup`: stand-in route groups, e.g. the imports with small export pages. */
export async function startE2e(
  options: Pick<LocalServerOptions, "loadGroup"> & { stream?: boolean } = {},
): Promise<E2e> {
  const [webRoot, browser] = await Promise.all([buildWeb(), launchBrowser()]);
  const server = await startTestServer({ webRoot, ...options });
  async function call<T>(
    token: string,
    method: string,
    path: string,
    body: unknown,
    version?: number,
  ): Promise<T> {
    const send = () =>
      fetch(`${server.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          ...(version === undefined ? {} : { "if-match": `"${version}"` }),
        },
        body: JSON.stringify(body),
      });
    let res = await send();
    // Setting up a page's data: a 503 (DynamoDB Local slower than the client's timeout on a busy
    // machine) is sent again after its Retry-After, as a client would.
    for (let retry = 0; res.status === 503 && retry < 3; retry++) {
      await new Promise((resolve) => setTimeout(resolve, 1000 * Number(res.headers.get("retry-after") ?? 1)));
      res = await send();
    }
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
  return {
    server,
    browser,
    async api(role, org) {
      const token = await server.token(role, org);
      return {
        get: <T>(path: string) => call<T>(token, "GET", path, undefined),
        post: <T>(path: string, body: unknown) => call<T>(token, "POST", path, body),
        patch: <T>(path: string, body: unknown, version: number) =>
          call<T>(token, "PATCH", path, body, version),
      };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Signs in through the local role picker, as a person would. */
export async function signIn(page: Page, url: string, role: RegExp, org: string): Promise<void> {
  await page.goto(`${url}/anmelden`);
  await page.getByRole("radio", { name: role }).check();
  await page.getByLabel("Organisation (Kürzel)").fill(org);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect.poll(() => page.getByRole("button", { name: "Abmelden" }).count()).toBe(1);
}

/** yyyy-mm-dd, `days` from today. */
export function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Picks an occupation in an autocomplete by typing `query` and choosing the option with `code`. */
export async function pickOccupation(page: Page, label: string, query: string, code: string): Promise<void> {
  const input = page.getByRole("combobox", { name: label });
  await input.fill(query);
  await page.getByRole("option", { name: new RegExp(`^${code}`) }).click();
}
