import type { PrivacyNoticeTexts } from "./texts.ts";

export const en: PrivacyNoticeTexts = {
  title: "Data protection information (Art. 13 GDPR)",
  intro:
    "Your advice service in the IQ programme uses Passung to find suitable qualifications and mentoring places for you. This page says which data is stored for this and what rights you have.",
  version: "Version {version} · As of {date}",
  controllerHeading: "Who is responsible?",
  controller: "{name} is responsible for your data (controller).",
  controllerUnnamed: "The advice centre that counsels you is responsible for your data (controller).",
  adviser: "Your contact person: {name}",
  website: "Website",
  phone: "Phone",
  email: "Email",
  dataHeading: "What data is stored?",
  data: "A profile without your name, date of birth or address: your occupation, your postcode, your languages and German skills, the state of your recognition, your qualification plan and what happens afterwards. It carries only a case number.",
  purposesHeading: "What for? You decide on each point:",
  scopes: {
    store:
      "Store: your profile is stored so that your adviser can look for suitable offers and support you along the way.",
    "share-profile":
      "Share profile: if your adviser puts you forward for an offer or a mentoring place, the provider or company sees your profile without your name (occupation, region, languages, German level, when you are available).",
    "share-contact-after-acceptance":
      "Pass on contact: if a provider or company accepts you, your adviser may tell them how to reach you. Passung itself does not store your contact details.",
    "esf-data":
      "Data for the ESF Plus: age group, gender, employment status on entry, level of education (ISCED) and whether you are a third-country national — only for the reports to the funder, only counted, never individually.",
  },
  legalBasisHeading: "Legal basis",
  legalBasis: "Your consent (Art. 6(1)(a) GDPR). It is voluntary; you can be counselled without it.",
  withdrawal:
    "You can withdraw any consent at any time without giving reasons (Art. 7(3) GDPR), with your adviser. What happened until then remains lawful. After you withdraw “Store”, your profile is erased with everything; after “Share profile”, open proposals are withdrawn.",
  recipientsHeading: "Who receives your data?",
  recipientPartners:
    "Providers and companies see your profile without your name only if your adviser puts you forward and you have allowed “Share profile”.",
  recipientContact:
    "They learn your contact details only after they have accepted you, and only with “Pass on contact” — from your adviser, not from Passung.",
  recipientProcessors:
    "Passung runs at Amazon Web Services in Frankfurt am Main (region eu-central-1) as a processor; the data does not leave the EU.",
  retentionHeading: "For how long?",
  retention:
    "Up to {months} months after your participation ends, but never before the follow-up after six months has been recorded or has been overdue for a month. Then everything is erased; only figures with no link to you remain.",
  rightsHeading: "Your rights",
  rights:
    "You have the right of access (Art. 15), rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18), data portability (Art. 20) and to object (Art. 21 GDPR). On request, your adviser gives you all stored data as a file.",
  complaint:
    "You can complain to a data protection supervisory authority (Art. 77 GDPR), for example in the federal state where you live.",
  consentHeading: "Your consent",
  consentNote: "Tick what you agree to. Your adviser records it with the date.",
  signature: "Date, signature",
};
