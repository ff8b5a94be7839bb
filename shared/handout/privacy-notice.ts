import { CONSENT_SCOPES } from "../schemas/consent.ts";
import { formatters } from "./format.ts";
import { escapeHtml, fill, german, verbatim } from "./html.ts";
import { direction, type HandoutLanguage } from "./languages.ts";
import { NOTICE_TRANSLATIONS } from "./privacy/index.ts";
import { HANDOUT_CSS } from "./styles.ts";

/** What the information notice names besides its texts: who is responsible, and how long data is kept. */
export interface PrivacyNotice {
  version: string;
  /** The day it is printed (YYYY-MM-DD). */
  date: string;
  /** The counselling organisation (the controller); its display name only, never its slug. */
  organisation?: { name: string; website?: string };
  /** The adviser's work contact (PUT /me), each part only if saved. */
  adviser?: { name?: string; email?: string; phone?: string };
  retentionMonths: number;
}

const section = (heading: string, body: string) =>
  `<section><h2>${escapeHtml(heading)}</h2>\n${body}</section>`;
const para = (text: string | undefined) => (text === undefined ? "" : `<p>${text}</p>`);

/** The controller and how to reach them: the organisation's name and website, the adviser's contact. */
function controllerHtml(notice: PrivacyNotice, lang: HandoutLanguage): string {
  const t = NOTICE_TRANSLATIONS[lang];
  const { organisation, adviser } = notice;
  const lines = [
    organisation ? fill(t.controller, { name: german(organisation.name) }) : escapeHtml(t.controllerUnnamed),
    organisation?.website && `${escapeHtml(t.website)}: ${verbatim(organisation.website)}`,
    adviser?.name && fill(t.adviser, { name: german(adviser.name) }),
    adviser?.phone && `${escapeHtml(t.phone)}: ${verbatim(adviser.phone)}`,
    adviser?.email && `${escapeHtml(t.email)}: ${verbatim(adviser.email)}`,
  ].filter((line): line is string => Boolean(line));
  return lines.map((line) => `<p>${line}</p>`).join("\n");
}

/**
 * The information notice (Art. 13 DSGVO) as a complete HTML page in one language, printable on A4
 * like the handout (same stylesheet, right to left for Arabic and Farsi). Pure: texts from the
 * shipped translations, the date formatted with Intl.
 */
export function renderPrivacyNotice(notice: PrivacyNotice, lang: HandoutLanguage): string {
  const t = NOTICE_TRANSLATIONS[lang];
  const f = formatters(lang);
  const version = fill(t.version, {
    version: verbatim(notice.version),
    date: escapeHtml(f.date(notice.date)),
  });
  const scopes = CONSENT_SCOPES.map((scope) => `<li>${escapeHtml(t.scopes[scope])}</li>`).join("");
  const boxes = CONSENT_SCOPES.map(
    (scope) =>
      `<li><span class="box" aria-hidden="true">☐</span> ${escapeHtml(t.scopes[scope].split(":")[0] ?? "")}</li>`,
  ).join("");
  return `<!doctype html>
<html lang="${lang}" dir="${direction(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<style>${HANDOUT_CSS}${NOTICE_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(t.title)}</h1>
<p class="meta" data-notice-version="${escapeHtml(notice.version)}">${version ?? ""}</p>
<p class="intro">${escapeHtml(t.intro)}</p>
</header>
<main>
${section(t.controllerHeading, controllerHtml(notice, lang))}
${section(t.dataHeading, para(escapeHtml(t.data)))}
${section(t.purposesHeading, `<ul class="scopes">${scopes}</ul>`)}
${section(t.legalBasisHeading, para(escapeHtml(t.legalBasis)) + para(escapeHtml(t.withdrawal)))}
${section(t.recipientsHeading, [t.recipientPartners, t.recipientContact, t.recipientProcessors].map((s) => para(escapeHtml(s))).join("\n"))}
${section(t.retentionHeading, para(fill(t.retention, { months: escapeHtml(f.number(notice.retentionMonths)) })))}
${section(t.rightsHeading, para(escapeHtml(t.rights)) + para(escapeHtml(t.complaint)))}
${section(t.consentHeading, `${para(escapeHtml(t.consentNote))}<ul class="boxes">${boxes}</ul><p class="signature">${escapeHtml(t.signature)}</p>`)}
</main>
</body>
</html>
`;
}

/** Tick boxes and a line to sign on paper. */
const NOTICE_CSS = `
.scopes { padding-inline-start: 5mm; }
.scopes li { margin-bottom: 0.8mm; }
.boxes { list-style: none; padding: 0; }
.box { font-size: 12pt; margin-inline-end: 1.5mm; }
.signature { margin-top: 12mm; padding-top: 1mm; border-top: 0.3mm solid #222; max-width: 90mm; }
`;
