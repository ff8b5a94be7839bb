import { createHash } from "node:crypto";
import type { Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, startE2e } from "./support/app.ts";

/**
 * The AWS sign-in: with a config.json as the stack writes it, the pages use Cognito's hosted
 * sign-in with the authorization code flow and PKCE. Cognito is played by route handlers that
 * check what a real one would (client, redirect URI, S256 challenge against the verifier).
 */
const DOMAIN = "https://passung-test.auth.eu-central-1.amazoncognito.com";
const CLIENT = "web-client-id";
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
}, 120_000);
afterAll(() => e2e.close());

const base64Url = (bytes: Buffer) => bytes.toString("base64url");

describe("Cognito sign-in", { timeout: 60_000 }, () => {
  // Generous: on a busy machine the first page's API calls can take long; the timeout catches hangs.
  it(
    "signs in with code + PKCE, keeps the token out of URLs, and signs out",
    { timeout: 240_000 },
    async () => {
      const tp = await openPage(e2e.browser);
      const { page, context } = tp;
      const idToken = await e2e.server.token("coach", "mozaik");
      const seen = { challenge: "", verified: false, loggedOut: false };
      const urls: string[] = [];
      page.on("request", (r) => urls.push(r.url()));

      await context.route("**/config.json", (route) =>
        route.fulfill({
          json: {
            apiUrl: `${e2e.server.url}/`,
            userPoolId: "eu-central-1_test",
            appClientId: CLIENT,
            cognitoDomain: DOMAIN,
            region: "eu-central-1",
          },
        }),
      );
      await context.route(`${DOMAIN}/**`, async (route: Route) => {
        const url = new URL(route.request().url());
        const redirect = `${e2e.server.url}/`;
        if (url.pathname === "/oauth2/authorize") {
          expect(Object.fromEntries(url.searchParams)).toMatchObject({
            response_type: "code",
            client_id: CLIENT,
            redirect_uri: redirect,
            code_challenge_method: "S256",
          });
          seen.challenge = url.searchParams.get("code_challenge") ?? "";
          const back = `${redirect}?code=the-code&state=${url.searchParams.get("state")}`;
          return route.fulfill({ status: 302, headers: { location: back } });
        }
        if (url.pathname === "/oauth2/token") {
          const form = new URLSearchParams(route.request().postData() ?? "");
          const verifier = form.get("code_verifier") ?? "";
          seen.verified =
            form.get("code") === "the-code" &&
            form.get("redirect_uri") === redirect &&
            base64Url(createHash("sha256").update(verifier).digest()) === seen.challenge;
          return route.fulfill({
            status: seen.verified ? 200 : 400,
            headers: { "access-control-allow-origin": e2e.server.url },
            json: { id_token: idToken, access_token: "unused", token_type: "Bearer", expires_in: 3600 },
          });
        }
        if (url.pathname === "/logout") {
          seen.loggedOut = url.searchParams.get("client_id") === CLIENT;
          return route.fulfill({
            status: 302,
            headers: { location: url.searchParams.get("logout_uri") ?? "/" },
          });
        }
        return route.abort();
      });

      await page.goto(`${e2e.server.url}/beratung/kandidaten`);
      await page.getByRole("button", { name: "Weiter zur Anmeldung" }).waitFor();
      await checkPage(page, "sign-in-cognito");
      await page.getByRole("button", { name: "Weiter zur Anmeldung" }).click();
      await page.getByRole("heading", { name: "Kandidat:innen" }).waitFor();
      expect(seen.verified).toBe(true);
      expect(page.url()).toBe(`${e2e.server.url}/beratung/kandidaten`);
      // The role, and the organisation by its name once it has one — never its slug.
      expect(await page.getByText("Beratung (IQ-Projekt)").count()).toBe(1);
      expect(await page.getByText("mozaik", { exact: false }).count()).toBe(0);
      await page.getByText("Noch keine Kandidat:innen gespeichert.").waitFor({ timeout: 120_000 });
      expect(urls.filter((u) => u.includes(idToken))).toEqual([]);

      await page.getByRole("button", { name: "Abmelden" }).click();
      await page.getByRole("button", { name: "Weiter zur Anmeldung" }).waitFor();
      expect(seen.loggedOut).toBe(true);
      expect(await page.evaluate<string | null>("sessionStorage.getItem('passung.token')")).toBeNull();
      expectNoConsoleErrors(tp);
      await context.close();
    },
  );
});
