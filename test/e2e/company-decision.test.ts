import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_DECISION_LINK_SECRET } from "../../shared/app/decision-secret.ts";
import { signDecisionClaim } from "../../shared/domain/decision-token.ts";
import { candidateInput, placeInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type Api, type E2e, inDays, startE2e } from "./support/app.ts";
import { consentTo } from "./support/consent.ts";
import { pageWidth } from "./support/fields.ts";

/**
 * The company's contact decides on a phone, without an account, through the link of the mail:
 * the place, the person without a name and the coach's notes; yes after a question, then the
 * coach's contact; the same link again says it was used; a no with a reason; a broken link.
 */
const ADVISER_ORG = "iq-leipzig-ag";
const MESSAGE = "Frau A. aus Aleppo, Tel. 0170 1234567";
let e2e: E2e;
let adviser: Api;
let coach: Api & { put: Api["post"] };
let placeId: string;

/** The API as one named user (a fixed sub: the coach's /me contact is the hand-off's). */
function userApi(role: string, org: string, sub: string): Api & { put: Api["post"] } {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const token = await e2e.server.token(role as "coach", org, sub);
    const res = await fetch(`${e2e.server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  return {
    get: <T>(path: string) => call<T>("GET", path),
    post: <T>(path: string, body: unknown) => call<T>("POST", path, body),
    patch: <T>(path: string, body: unknown) => call<T>("PATCH", path, body),
    put: <T>(path: string, body: unknown) => call<T>("PUT", path, body),
  } as Api & { put: Api["post"] };
}

/** A proposal by MOZAIK's coach to the adviser's place, and the link the contact's mail carries. */
async function proposalLink(notes: string[]): Promise<string> {
  const candidate = await coach.post<{ id: string }>(
    "/candidates",
    candidateInput({ ownReference: "AKTE-77" }),
  );
  await consentTo(coach, candidate);
  const referral = await coach.post<{ id: string }>("/referrals", {
    candidateId: candidate.id,
    placeId,
    notes,
    message: MESSAGE,
  });
  await adviser.post(`/referrals/${referral.id}/decision-link`, undefined);
  // The mail leaves from the change stream (tested in test/integration/decision-links.test.ts);
  // here the link is signed as the stream consumer signs it, from the stored link.
  const { Items = [] } = await e2e.server.deps.db.send(
    new ScanCommand({
      TableName: e2e.server.deps.tableName,
      FilterExpression: "referralId = :r AND SK = :sk",
      ExpressionAttributeValues: { ":r": referral.id, ":sk": "DLINK" },
    }),
  );
  const link = Items[0] as { referralId: string; expiresAt: number; nonce: string };
  return signDecisionClaim(DEV_DECISION_LINK_SECRET, link);
}

beforeAll(async () => {
  e2e = await startE2e();
  const admin = userApi("admin", "iq-netzwerk", "admin-1");
  await admin.put(`/organisations/${ADVISER_ORG}`, {
    name: "IQ Arbeitgeberservice Leipzig",
    kind: "network",
  });
  await admin.put("/organisations/mozaik", { name: "MOZAIK Bielefeld", kind: "coaching" });
  coach = userApi("coach", "mozaik", "coach-samira");
  await coach.put("/me", {
    name: "Samira Yilmaz",
    email: "s.yilmaz@mozaik.example.org",
    phone: "0521 987654",
  });
  adviser = await e2e.api("coach", ADVISER_ORG);
  const employer = await adviser.post<{ id: string }>("/employers", {
    name: "Pflegeheim Sonnenhof",
    sector: "Q",
    size: "medium",
    postalCode: "04109",
    contact: { name: "Frau Krüger", email: "krueger@sonnenhof.example.org", consentDate: inDays(-10) },
  });
  placeId = (
    await adviser.post<{ id: string }>(
      "/mentoring-places",
      placeInput({
        status: "published",
        onBehalfOf: employer.id,
        title: "Hospitation in der Altenpflege",
        location: { postalCode: "04109" },
        capacity: 3,
      }),
    )
  ).id;
}, 180_000);
afterAll(() => e2e.close());

describe("the company's decision page", { timeout: 90_000 }, () => {
  it("at 360 px without signing in: reads the proposal, says yes after a question, sees the coach's contact; the link again is used", async () => {
    const token = await proposalLink(["can-start-now", "has-driving-licence"]);
    const tp = await openPage(e2e.browser, { width: 360, height: 800, allowHttpErrors: [410] });
    const { page } = tp;
    await page.goto(`${e2e.server.url}/entscheidung#${token}`);
    await page.getByRole("heading", { name: "Ihr Mentoringplatz" }).waitFor();
    expect(await page.getByText("Pflegeheim Sonnenhof").count()).toBe(1);
    expect(await page.getByText("Hospitation in der Altenpflege").count()).toBe(1);
    expect(await page.getByRole("listitem").filter({ hasText: "Kann sofort beginnen" }).count()).toBe(1);
    expect(await page.getByRole("listitem").filter({ hasText: "Führerschein vorhanden" }).count()).toBe(1);
    expect(await page.getByText(/^Die Beratung „IQ Arbeitgeberservice Leipzig“ schlägt/).count()).toBe(1);
    const text = await page.locator("main").innerText();
    for (const secret of [MESSAGE, "AKTE-77", "Samira"]) expect(text).not.toContain(secret);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await checkPage(page, "company-decision-360");

    await page.getByRole("button", { name: "Zusagen" }).click();
    await page.getByRole("dialog", { name: "Zusagen?" }).waitFor();
    await page.getByRole("button", { name: "Ja, zusagen" }).click();
    const done = page.getByRole("heading", { name: "Vielen Dank, Sie haben zugesagt" });
    await done.waitFor();
    await expect
      .poll(() => page.evaluate<string | undefined>("document.activeElement?.textContent ?? undefined"))
      .toBe("Vielen Dank, Sie haben zugesagt");
    expect(await page.getByText("Samira Yilmaz").count()).toBe(1);
    expect(await page.getByRole("link", { name: "s.yilmaz@mozaik.example.org" }).count()).toBe(1);
    expect(await page.getByText("MOZAIK Bielefeld").count()).toBe(1);
    expect(page.url()).not.toContain(token);
    await checkPage(page, "company-decision-accepted-360");

    await page.goto(`${e2e.server.url}/entscheidung#${token}`);
    await page.getByRole("heading", { name: "Link bereits verwendet" }).waitFor();
    await checkPage(page, "company-decision-used-360");
    expectNoConsoleErrors(tp);
  });

  it("says no with a reason from the list; a broken link says so plainly", async () => {
    const token = await proposalLink([]);
    const tp = await openPage(e2e.browser, { width: 360, height: 800, allowHttpErrors: [404] });
    const { page } = tp;
    await page.goto(`${e2e.server.url}/entscheidung#${token}`);
    await page.getByText("Die Beratung hat keine Hinweise angegeben.").waitFor();
    await page.getByRole("button", { name: "Absagen" }).click();
    const dialog = page.getByRole("dialog", { name: "Absagen?" });
    await dialog.getByLabel("Grund (freiwillig)").selectOption("no-capacity");
    await checkPage(page, "company-decision-decline-dialog-360");
    await dialog.getByRole("button", { name: "Ja, absagen" }).click();
    await page.getByRole("heading", { name: "Sie haben abgesagt" }).waitFor();
    const declined = (
      await coach.get<{ items: { status: string; declineReason?: string }[] }>(
        `/referrals?placeId=${placeId}&status=declined`,
      )
    ).items;
    expect(declined.map((r) => r.declineReason)).toEqual(["no-capacity"]);

    await page.goto(`${e2e.server.url}/entscheidung#${token.slice(0, -2)}xx`);
    await page.getByRole("heading", { name: "Link ungültig" }).waitFor();
    await checkPage(page, "company-decision-invalid-360");
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    expectNoConsoleErrors(tp);
  });
});
