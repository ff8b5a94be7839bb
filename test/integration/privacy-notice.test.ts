import { beforeAll, describe, expect, it } from "vitest";
import { CURRENT_NOTICE_VERSION } from "../../shared/domain/consent.ts";
import { coach, employer, referralWorld } from "../support/referral-world.ts";

/*
 * GET /privacy-notice: the information notice a coach gives the candidate before recording consent,
 * naming the coach's organisation and work contact, in the language asked for, with its version.
 */
let world: Awaited<ReturnType<typeof referralWorld>>;
const admin = { role: "admin" as const, org: "passung", sub: "admin-1" };

beforeAll(async () => {
  world = await referralWorld();
  const named = await world.call("organisations", "PUT /organisations/{org}", {
    caller: admin,
    params: { org: coach.org },
    body: { name: "MOZAIK gGmbH", kind: "coaching", website: "https://www.iq-owl.example" },
  });
  expect(named.status).toBeLessThan(300);
  const me = await world.call("organisations", "PUT /me", {
    caller: coach,
    body: { name: "Aylin Beispiel", email: "aylin@beratung.example", phone: "+49 521 000001" },
  });
  expect(me.status).toBe(200);
}, 180_000);

const notice = (query: string, caller = coach) =>
  world.call("handouts", "GET /privacy-notice", { caller, query });

describe("GET /privacy-notice", () => {
  it("prints the notice with the controller, the adviser and its version, also in a header", async () => {
    const res = await notice("lang=fa");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.headers["content-language"]).toBe("fa");
    expect(res.headers["x-notice-version"]).toBe(CURRENT_NOTICE_VERSION);
    const page = String(res.body);
    expect(page).toContain('<html lang="fa" dir="rtl">');
    expect(page).toContain(`data-notice-version="${CURRENT_NOTICE_VERSION}"`);
    expect(page).toContain('<bdi lang="de" dir="ltr">MOZAIK gGmbH</bdi>');
    expect(page).toContain('<bdi dir="ltr">https://www.iq-owl.example</bdi>');
    expect(page).toContain('<bdi lang="de" dir="ltr">Aylin Beispiel</bdi>');
    expect(page).toContain('<bdi dir="ltr">+49 521 000001</bdi>');
    // The organisation's slug is never shown.
    expect(page).not.toContain(coach.org);
  });

  it("is German unless asked otherwise; an unknown language is a 400 naming it", async () => {
    const res = await notice("");
    expect(String(res.body)).toContain("Information zum Datenschutz (Art. 13 DSGVO)");
    const bad = await notice("lang=xx");
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(["query.lang"]);
  });

  it("is for coaches (and admins) only", async () => {
    expect((await notice("lang=de", employer)).status).toBe(403);
    expect((await notice("lang=de", admin)).status).toBe(200);
  });
});
