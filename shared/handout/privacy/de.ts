import type { PrivacyNoticeTexts } from "./texts.ts";

export const de: PrivacyNoticeTexts = {
  title: "Information zum Datenschutz (Art. 13 DSGVO)",
  intro:
    "Ihre Beratung im Förderprogramm IQ nutzt Passung, um passende Qualifizierungen und Mentoringplätze für Sie zu finden. Hier steht, welche Daten dafür gespeichert werden und welche Rechte Sie haben.",
  version: "Version {version} · Stand {date}",
  controllerHeading: "Wer ist verantwortlich?",
  controller: "Verantwortlich für Ihre Daten ist {name}.",
  controllerUnnamed: "Verantwortlich für Ihre Daten ist die Beratungsstelle, die Sie berät.",
  adviser: "Ihre Ansprechperson: {name}",
  website: "Webseite",
  phone: "Telefon",
  email: "E-Mail",
  dataHeading: "Welche Daten werden gespeichert?",
  data: "Ein Profil ohne Ihren Namen, ohne Geburtsdatum und ohne Adresse: Ihr Beruf, Ihre Postleitzahl, Ihre Sprachen und Deutschkenntnisse, der Stand Ihrer Anerkennung, Ihr Qualifizierungsplan und was danach geschieht. Es trägt nur ein Aktenzeichen.",
  purposesHeading: "Wofür? Sie entscheiden einzeln:",
  scopes: {
    store:
      "Speichern: Ihr Profil wird gespeichert, damit Ihre Beratung passende Angebote für Sie suchen und Ihren Weg begleiten kann.",
    "share-profile":
      "Profil teilen: Schlägt Ihre Beratung Sie für ein Angebot oder einen Mentoringplatz vor, sieht der Bildungsträger oder Betrieb Ihr Profil ohne Namen (Beruf, Region, Sprachen, Deutschniveau, ab wann Sie verfügbar sind).",
    "share-contact-after-acceptance":
      "Kontakt weitergeben: Nimmt ein Bildungsträger oder Betrieb Sie an, darf Ihre Beratung ihm sagen, wie er Sie erreicht. Passung selbst speichert Ihre Kontaktdaten nicht.",
    "esf-data":
      "Angaben für den ESF Plus: Altersgruppe, Geschlecht, Erwerbsstatus bei Eintritt, Bildungsabschluss (ISCED) und ob Sie Drittstaatsangehörige:r sind — nur für die Berichte an den Fördergeber, nur gezählt, nie einzeln.",
  },
  legalBasisHeading: "Rechtsgrundlage",
  legalBasis:
    "Ihre Einwilligung (Art. 6 Abs. 1 Buchst. a DSGVO). Sie ist freiwillig; ohne sie können Sie trotzdem beraten werden.",
  withdrawal:
    "Sie können jede Einwilligung jederzeit ohne Angabe von Gründen widerrufen (Art. 7 Abs. 3 DSGVO), bei Ihrer Beratung. Was bis dahin geschah, bleibt rechtmäßig. Nach dem Widerruf von „Speichern“ wird Ihr Profil mit allem gelöscht; nach „Profil teilen“ werden offene Vorschläge zurückgezogen.",
  recipientsHeading: "Wer erhält Ihre Daten?",
  recipientPartners:
    "Bildungsträger und Betriebe sehen Ihr Profil ohne Namen nur, wenn Ihre Beratung Sie vorschlägt und Sie „Profil teilen“ erlaubt haben.",
  recipientContact:
    "Ihre Kontaktdaten erfahren sie erst, wenn sie Sie angenommen haben, und nur mit „Kontakt weitergeben“ — von Ihrer Beratung, nicht von Passung.",
  recipientProcessors:
    "Passung läuft bei Amazon Web Services in Frankfurt am Main (Region eu-central-1) als Auftragsverarbeiter; die Daten verlassen die EU nicht.",
  retentionHeading: "Wie lange?",
  retention:
    "Bis {months} Monate nach dem Ende Ihrer Teilnahme, nie aber bevor die Nachbefragung nach sechs Monaten erfasst ist oder seit einem Monat aussteht. Danach wird alles gelöscht; übrig bleiben nur Zahlen ohne Bezug zu Ihnen.",
  rightsHeading: "Ihre Rechte",
  rights:
    "Sie haben das Recht auf Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch (Art. 21 DSGVO). Ihre Beratung gibt Ihnen alle gespeicherten Daten auf Wunsch als Datei.",
  complaint:
    "Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO), zum Beispiel in dem Land, in dem Sie wohnen.",
  consentHeading: "Ihre Einwilligung",
  consentNote: "Kreuzen Sie an, womit Sie einverstanden sind. Ihre Beratung trägt es mit Datum ein.",
  signature: "Datum, Unterschrift",
};
