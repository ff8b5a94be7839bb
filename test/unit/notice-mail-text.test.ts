import { describe, expect, it } from "vitest";
import { DIGEST_LIMIT, digestMail, noticeMail, pageUrl } from "../../shared/domain/notice-mail.ts";

const WEB = "https://passung.example.org";
const notice = (n: number, createdAt = `2026-11-23T${String(8 + (n % 10)).padStart(2, "0")}:15:00.000Z`) => ({
  type: "referral.accepted",
  text: `Ihr Vorschlag (Fall K-${String(n).padStart(4, "0")}) wurde angenommen.`,
  link: "/beratung/vorschlaege",
  createdAt,
});

describe("notice mails", () => {
  it("a notice's mail: fixed German subject, the notice's own text, the page's link, the settings' link", () => {
    expect(noticeMail(notice(1), WEB)).toEqual({
      subject: "Passung: Vorschlag angenommen",
      text: [
        "Guten Tag,",
        "",
        "Ihr Vorschlag (Fall K-0001) wurde angenommen.",
        "",
        "Ansehen: https://passung.example.org/beratung/vorschlaege",
        "",
        "--",
        "Passung – Qualifizierungen und Mentoring im IQ-Netzwerk",
        "E-Mail-Einstellungen ändern: https://passung.example.org/konto",
      ].join("\n"),
    });
    expect(noticeMail({ ...notice(1), type: "referral.proposed" }, WEB).subject).toBe(
      "Passung: Neuer Vorschlag",
    );
    expect(noticeMail({ ...notice(1), type: "referral.declined" }, WEB).subject).toBe(
      "Passung: Vorschlag abgelehnt",
    );
    expect(noticeMail({ ...notice(1), type: "candidate.newMatches" }, WEB).subject).toBe(
      "Passung: Neue passende Angebote",
    );
  });

  it("links only to own pages; a text cannot add lines or grow without bound", () => {
    expect(pageUrl(`${WEB}/`, "/konto")).toBe(`${WEB}/konto`);
    for (const bad of ["//evil.example", "https://evil.example/x", "javascript:alert(1)", "/a b", ""])
      expect(pageUrl(WEB, bad)).toBe(`${WEB}/`);
    const long = noticeMail({ ...notice(1), text: `Zeile\nBcc: x@example.org ${"x".repeat(1000)}` }, WEB);
    const line = long.text.split("\n")[2] ?? "";
    expect(line.startsWith("Zeile Bcc: x@example.org")).toBe(true);
    expect(line).toHaveLength(300);
  });

  it("the digest lists oldest first with the German time, counts, and stops at the limit", () => {
    const digest = digestMail(
      [notice(2, "2026-11-23T12:30:00.000Z"), notice(1, "2026-11-23T08:05:00.000Z")],
      WEB,
    );
    expect(digest.subject).toBe("Passung: 2 neue Benachrichtigungen");
    expect(digest.text).toContain(
      [
        "seit der letzten Zusammenfassung gibt es 2 neue Benachrichtigungen:",
        "",
        "- 23.11.2026, 09:05 Uhr: Ihr Vorschlag (Fall K-0001) wurde angenommen.",
        "  https://passung.example.org/beratung/vorschlaege",
        "- 23.11.2026, 13:30 Uhr: Ihr Vorschlag (Fall K-0002) wurde angenommen.",
      ].join("\n"),
    );
    expect(digestMail([notice(1)], WEB).subject).toBe("Passung: 1 neue Benachrichtigung");
    const many = digestMail(
      Array.from({ length: DIGEST_LIMIT + 7 }, (_, i) => notice(i)),
      WEB,
    );
    expect(many.subject).toBe(`Passung: ${DIGEST_LIMIT + 7} neue Benachrichtigungen`);
    expect(many.text.match(/^- /gm)).toHaveLength(DIGEST_LIMIT);
    expect(many.text).toContain(
      "… und 7 weitere. Alle stehen in Ihrem Posteingang: https://passung.example.org/",
    );
  });
});
