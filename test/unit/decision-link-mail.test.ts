import { describe, expect, it } from "vitest";
import { decisionLinkFailedText, decisionLinkMail } from "../../shared/domain/decision-link-mail.ts";

const facts = {
  contactName: "Frau Krüger",
  orgName: "IQ Beratung Leipzig",
  placeTitle: "Hospitation in der Pflege",
  token: "REF.1800000000.NONCE.SIG",
  expiresAt: Date.parse("2026-12-21T05:00:00Z") / 1000,
  webUrl: "https://passung.example.org/",
};

describe("decision link mail", () => {
  it("greets the contact, names the place and who proposes, links the page with the token in the fragment", () => {
    const mail = decisionLinkMail(facts);
    expect(mail.subject).toBe("Vorschlag für Ihren Mentoringplatz: bitte entscheiden");
    expect(mail.text).toContain("Guten Tag Frau Krüger,");
    expect(mail.text).toContain(
      "Die Beratung IQ Beratung Leipzig schlägt für Ihren Mentoringplatz „Hospitation in der Pflege“ eine Person vor.",
    );
    expect(mail.text).toContain("\nhttps://passung.example.org/entscheidung#REF.1800000000.NONCE.SIG\n");
    expect(mail.text).toContain("Der Link gilt bis zum 21.12.2026 und nur für eine Entscheidung.");
    expect(mail.text).toContain("Sie brauchen kein Konto.");
  });

  it("words an organisation without a display name neutrally and keeps long titles to one bounded line", () => {
    const mail = decisionLinkMail({ ...facts, orgName: undefined, placeTitle: `Platz\n${"x".repeat(300)}` });
    expect(mail.text).toContain("Ihre IQ-Beratung schlägt für Ihren Mentoringplatz „Platz xxx");
    const line = mail.text.split("\n").find((l) => l.includes("Mentoringplatz „")) ?? "";
    expect(line).toContain("…“ eine Person vor.");
    expect(line.length).toBeLessThan(200);
  });

  it("says nothing that could identify the person proposed: no case number, no reference", () => {
    const mail = decisionLinkMail(facts);
    expect(mail.text).not.toMatch(/Aktenzeichen|[A-Z]{2,4}-\d{4}-\d{4}/);
  });

  it("tells the coach a refused mail in one line: the place, the company, what to do", () => {
    expect(decisionLinkFailedText("Bäckerei\nKorn  GmbH", "Hospitation")).toBe(
      "Der Link zur Entscheidung über „Hospitation“ konnte nicht an Bäckerei Korn GmbH zugestellt werden. Bitte prüfen Sie die E-Mail-Adresse der Ansprechperson und senden Sie den Link erneut.",
    );
    expect(decisionLinkFailedText("A".repeat(200), "T")).toContain(`${"A".repeat(119)}… zugestellt`);
  });

  it("is this text, line by line: the date a German day in Berlin, the link without a doubled slash", () => {
    const mail = decisionLinkMail({
      ...facts,
      contactName: " Herr  Sommer\n",
      // 23:30 UTC on 4 January is 5 January in Germany.
      expiresAt: Date.parse("2027-01-04T23:30:00Z") / 1000,
      webUrl: "https://passung.example.org//",
    });
    expect(mail.text).toBe(
      [
        "Guten Tag Herr Sommer,",
        "",
        "Die Beratung IQ Beratung Leipzig schlägt für Ihren Mentoringplatz „Hospitation in der Pflege“ eine Person vor.",
        "Auf dieser Seite sehen Sie die wichtigsten Angaben (ohne Namen) und können zusagen oder absagen:",
        "",
        "https://passung.example.org/entscheidung#REF.1800000000.NONCE.SIG",
        "",
        "Der Link gilt bis zum 05.01.2027 und nur für eine Entscheidung.",
        "Sie brauchen kein Konto. Bitte leiten Sie diese E-Mail nicht weiter.",
        "",
        "--",
        "Passung – Qualifizierungen und Mentoring im IQ-Netzwerk",
      ].join("\n"),
    );
  });

  it("keeps a title of exactly 120 characters whole and cuts one of 121 to 119 and an ellipsis", () => {
    const lineOf = (placeTitle: string) =>
      decisionLinkMail({ ...facts, placeTitle })
        .text.split("\n")
        .find((l) => l.includes("Mentoringplatz „")) ?? "";
    expect(lineOf("y".repeat(120))).toContain(`„${"y".repeat(120)}“`);
    expect(lineOf("y".repeat(121))).toContain(`„${"y".repeat(119)}…“`);
  });
});
