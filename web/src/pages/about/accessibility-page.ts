import type { AppConfig } from "../../core/config.ts";
import { h, uid } from "../../core/dom.ts";
import { date } from "../../core/format.ts";
import type { RouteContext } from "../../core/router.ts";

/** The day this statement was written and last checked; change it with every new review. */
export const STATEMENT_DATE = "2026-12-07";
export const SCHLICHTUNGSSTELLE_URL = "https://www.schlichtungsstelle-bgg.de";

function section(title: string, ...content: (Node | string)[]): HTMLElement {
  const id = uid("a11y");
  return h("section", { "aria-labelledby": id }, h("h2", { id }, title), ...content);
}
const p = (...content: (Node | string)[]) => h("p", {}, ...content);

/**
 * "Erklärung zur Barrierefreiheit" as BITV 2.0 § 7 and the EU model statement (2018/1523) lay it
 * out: how far the pages comply, what is not accessible and why, how the statement was made,
 * where to send feedback (config.json's `feedbackEmail`) and the conciliation body under § 16 BGG.
 * Open to everyone, signed in or not; linked from every page's footer.
 */
export const accessibilityPage =
  (config: AppConfig) =>
  ({ main }: RouteContext): void => {
    const mail = h("a", { href: `mailto:${config.feedbackEmail}` }, config.feedbackEmail);
    main.append(
      h("h1", {}, "Erklärung zur Barrierefreiheit"),
      p(
        "Die Betreiber von Passung sind bemüht, diese Web-Anwendung im Einklang mit dem Behindertengleichstellungsgesetz (BGG) und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) zur Umsetzung der Richtlinie (EU) 2016/2102 barrierefrei zugänglich zu machen. Diese Erklärung gilt für die Seiten von Passung für Beratungsstellen, Betriebe, Bildungsträger und die Netzwerk-Administration.",
      ),
      section(
        "Stand der Vereinbarkeit mit den Anforderungen",
        p(
          "Die Seiten sind mit den Anforderungen der BITV 2.0 (WCAG 2.1, Konformitätsstufen A und AA, nach EN 301 549) teilweise vereinbar. Die unten genannten Inhalte sind nicht oder nur eingeschränkt barrierefrei.",
        ),
      ),
      section(
        "Nicht barrierefreie Inhalte",
        h(
          "ul",
          {},
          h(
            "li",
            {},
            "Der Handzettel für Kandidat:innen ist zum Ausdrucken gestaltet. Ausgedruckt ist er für blinde und sehbehinderte Menschen nicht nutzbar; seine Druckansicht in den Sprachen der Kandidat:innen wurde nicht automatisch geprüft. Auf Wunsch schickt die Beratung den Inhalt als Text.",
          ),
          h(
            "li",
            {},
            "Exportdateien (CSV und JSON) sind Daten zum Weiterverarbeiten, keine barrierefreien Dokumente.",
          ),
          h(
            "li",
            {},
            "Die Anmeldeseite von Amazon Cognito, die beim Betrieb auf AWS vorgeschaltet ist, stammt vom Anbieter und wurde nicht von uns geprüft.",
          ),
          h(
            "li",
            {},
            "Erläuterungen in Deutscher Gebärdensprache und in Leichter Sprache (§ 4 BITV 2.0) fehlen noch.",
          ),
        ),
      ),
      section(
        "Erstellung dieser Erklärung",
        p(
          `Diese Erklärung wurde am ${date(STATEMENT_DATE)} erstellt und zuletzt am ${date(STATEMENT_DATE)} überprüft. Grundlage ist eine Selbstbewertung: eine automatische Prüfung aller Seiten in ihren wichtigen Zuständen mit axe-core (WCAG 2.1 A und AA) in Chromium bei 1280 und 360 Pixel Breite, und ein manueller Test jeder Seite allein mit der Tastatur.`,
        ),
      ),
      section(
        "Feedback und Kontaktangaben",
        p(
          "Sie sind auf eine Barriere gestoßen oder brauchen einen Inhalt in einer barrierefreien Form? Schreiben Sie uns; wir antworten innerhalb von sechs Wochen. E-Mail: ",
          mail,
        ),
      ),
      section(
        "Schlichtungsverfahren",
        p(
          "Wenn auch nach Ihrem Feedback an den oben genannten Kontakt keine zufriedenstellende Lösung gefunden wurde, können Sie sich an die Schlichtungsstelle nach § 16 BGG wenden. Sie unterstützt bei Konflikten zur Barrierefreiheit zwischen Menschen mit Behinderungen und öffentlichen Stellen des Bundes eine außergerichtliche Streitbeilegung. Das Schlichtungsverfahren ist kostenlos; ein Rechtsbeistand ist nicht nötig.",
        ),
        p(
          "Weitere Informationen und die Möglichkeiten der Antragstellung: ",
          h("a", { href: SCHLICHTUNGSSTELLE_URL }, "www.schlichtungsstelle-bgg.de"),
          ".",
        ),
      ),
    );
  };
