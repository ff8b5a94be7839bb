import { describe, expect, it } from "vitest";

// Imported in the tests, not at the top: a formatter the module cannot build fails a test here
// instead of the file's loading (which Stryker would not count as a failing test).
const load = () => import("../../shared/domain/notice-mail.ts");

const WEB = "https://passung.example.org";
const FOOTER = [
  "",
  "--",
  "Passung – Qualifizierungen und Mentoring im IQ-Netzwerk",
  "E-Mail-Einstellungen ändern: https://passung.example.org/konto",
];
const notice = (text: string, createdAt = "2026-11-23T08:05:00.000Z", type = "referral.proposed") => ({
  type,
  text,
  link: "/betrieb/vorschlaege",
  createdAt,
});

describe("a notice's mail", () => {
  it("falls back to a neutral subject for a type without its own", async () => {
    const { noticeMail } = await load();
    expect(noticeMail(notice("Text", undefined, "something.new"), WEB).subject).toBe(
      "Passung: Neue Benachrichtigung",
    );
  });

  it("puts the text on one line without surrounding or repeated spaces", async () => {
    const { noticeMail } = await load();
    const mail = noticeMail(notice("  Neuer   Vorschlag\n\nfür Sie  "), WEB);
    expect(mail.text.split("\n")[2]).toBe("Neuer Vorschlag für Sie");
  });

  it("keeps a text of 300 characters whole and cuts a longer one to 300 with an ellipsis", async () => {
    const { noticeMail } = await load();
    const third = (text: string) => noticeMail(notice(text), WEB).text.split("\n")[2];
    expect(third("x".repeat(300))).toBe("x".repeat(300));
    expect(third("x".repeat(301))).toBe(`${"x".repeat(299)}…`);
  });

  it("joins the web address and the page with one slash, however many the address ends with", async () => {
    const { pageUrl } = await load();
    expect(pageUrl(`${WEB}//`, "/konto")).toBe(`${WEB}/konto`);
    expect(pageUrl(WEB, "/betrieb/vorschlaege?x=1")).toBe(`${WEB}/betrieb/vorschlaege?x=1`);
  });
});

describe("the daily digest", () => {
  it("of one notice: the whole mail", async () => {
    const { digestMail } = await load();
    expect(digestMail([notice("Neuer Vorschlag für Ihren Platz.")], WEB)).toEqual({
      subject: "Passung: 1 neue Benachrichtigung",
      text: [
        "Guten Tag,",
        "",
        "seit der letzten Zusammenfassung gibt es eine neue Benachrichtigung:",
        "",
        "- 23.11.2026, 09:05 Uhr: Neuer Vorschlag für Ihren Platz.",
        "  https://passung.example.org/betrieb/vorschlaege",
        ...FOOTER,
      ].join("\n"),
    });
  });

  it("shows Berlin's summer time, and leaves out a time it cannot read", async () => {
    const { digestMail } = await load();
    const text = digestMail(
      [notice("Sommer", "2026-07-01T22:30:00.000Z"), notice("Ohne Zeit", "kaputt")],
      WEB,
    ).text;
    expect(text).toContain("- 02.07.2026, 00:30 Uhr: Sommer\n");
    expect(text).toContain("- : Ohne Zeit\n");
  });

  it("of exactly the limit: every notice listed, nothing left over to mention", async () => {
    const { DIGEST_LIMIT, digestMail } = await load();
    const notices = Array.from({ length: DIGEST_LIMIT }, (_, i) =>
      notice(`Nummer ${i}`, `2026-11-23T08:${String(i).padStart(2, "0")}:00.000Z`),
    );
    const lines = digestMail(notices, WEB).text.split("\n");
    expect(lines.filter((line) => line.startsWith("- "))).toHaveLength(DIGEST_LIMIT);
    expect(lines.slice(-FOOTER.length - 2)).toEqual([
      `- 23.11.2026, 09:${DIGEST_LIMIT - 1} Uhr: Nummer ${DIGEST_LIMIT - 1}`,
      "  https://passung.example.org/betrieb/vorschlaege",
      ...FOOTER,
    ]);
  });

  it("past the limit: the rest counted, with a blank line before and the inbox's address", async () => {
    const { DIGEST_LIMIT, digestMail } = await load();
    const notices = Array.from({ length: DIGEST_LIMIT + 2 }, (_, i) =>
      notice(`Nummer ${i}`, `2026-11-23T08:${String(i).padStart(2, "0")}:00.000Z`),
    );
    const lines = digestMail(notices, WEB).text.split("\n");
    expect(lines.slice(-FOOTER.length - 3)).toEqual([
      "  https://passung.example.org/betrieb/vorschlaege",
      "",
      "… und 2 weitere. Alle stehen in Ihrem Posteingang: https://passung.example.org/",
      ...FOOTER,
    ]);
  });
});
