import { describe, expect, it } from "vitest";
import { findPersonalData, MAX_MESSAGE_LENGTH, messageProblem } from "../../shared/schemas/personal-data.ts";

describe("personal data in referral messages", () => {
  it.each([
    ["0521 123456", "phone"],
    ["Bitte unter 0521/123456 anrufen", "phone"],
    ["Tel. +49 521 123456", "phone"],
    ["mobil 0171-1234567", "phone"],
    ["(0521) 12 34 56", "phone"],
    ["0049 5241 9876", "phone"],
    ["erreichbar: 01761234567", "phone"],
    ["max.mustermann@example.org", "email"],
    ["Mail an a.b@firma-muster.de bitte", "email"],
    ["info (at) beispiel.de", "email"],
    ["wohnt Hauptstraße 12", "address"],
    ["Bielefelder Str. 5a", "address"],
    ["Am Marktplatz 3 im Hinterhaus", "address"],
    ["Kirchweg 14", "address"],
    ["33330 Gütersloh", "address"],
    ["wohnt in 33602 Bielefeld", "address"],
  ])("%s → %s", (text, kind) => {
    expect(findPersonalData(text)).toBe(kind);
  });

  it.each([
    "Termin am 12.03.",
    "Termin am 01.03.2026 um 10:30 Uhr",
    "Sprachkurs B2 bis 2027 abgeschlossen",
    "Teilanerkennung 2026, 3 Jahre Berufserfahrung",
    "Sehr motiviert, Führerschein Klasse B",
    "Kenntnisse in SAP und Excel",
    "Verfügbar ab 2027-01-01",
    "Berufsgattung 81302, Schwerpunkt Intensivpflege",
    "Schichtdienst möglich, 30 Stunden pro Woche",
    "Termin am Dienstag 10 Uhr, Raum 4",
    "Der Weg ist gut mit dem Bus erreichbar",
    "",
  ])("%s is fine", (text) => {
    expect(findPersonalData(text)).toBeUndefined();
    expect(messageProblem(text)).toBeUndefined();
  });

  it("says why in German and limits the length", () => {
    expect(messageProblem("0521 123456")).toMatch(/^Bitte keine persönlichen Daten: .*Telefonnummer/);
    expect(messageProblem("a@b.de")).toMatch(/E-Mail-Adresse/);
    expect(messageProblem("Hauptstraße 1")).toMatch(/Anschrift/);
    expect(messageProblem("x".repeat(MAX_MESSAGE_LENGTH))).toBeUndefined();
    expect(messageProblem("x".repeat(MAX_MESSAGE_LENGTH + 1))).toBe("Höchstens 500 Zeichen.");
  });
});
