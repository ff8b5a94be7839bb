import { h, replace } from "../core/dom.ts";
import { ROLE_LABELS } from "../core/labels.ts";
import type { Session } from "../core/session.ts";
import type { Role } from "../core/types.ts";

/** The page frame: skip link target, header with navigation for the role, who is signed in, footer. */
const NAV: Record<Exclude<Role, "admin">, [string, string][]> = {
  coach: [
    ["/beratung", "Suche"],
    ["/beratung/kandidaten", "Kandidat:innen"],
    ["/beratung/vorschlaege", "Vorschläge"],
    ["/statistik", "Statistik"],
  ],
  employer: [
    ["/betrieb/plaetze", "Mentoringplätze"],
    ["/betrieb/plaetze/neu", "Neuer Platz"],
    ["/betrieb/vorschlaege", "Eingegangene Vorschläge"],
    ["/betrieb/import", "Import/Export"],
  ],
  provider: [
    ["/traeger/angebote", "Qualifizierungsangebote"],
    ["/traeger/angebote/neu", "Neues Angebot"],
    ["/traeger/import", "Import/Export"],
  ],
};

export const HOME: Record<Role, string> = {
  coach: "/beratung",
  employer: "/betrieb/plaetze",
  provider: "/traeger/angebote",
  admin: "/beratung",
};

const linksFor = (role: Role) =>
  role === "admin" ? [...NAV.coach, ...NAV.employer, ...NAV.provider] : NAV[role];

export function renderHeader(
  header: HTMLElement,
  path: string,
  session: Session | undefined,
  signOut: () => void,
) {
  const links = session ? linksFor(session.role) : [];
  // The most specific link that contains the path is the current page.
  const current = links
    .map(([href]) => href)
    .filter((href) => path === href || path.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
  replace(
    header,
    h(
      "div",
      { class: "site-header__inner" },
      h(
        "a",
        { class: "brand", href: session ? HOME[session.role] : "/" },
        h("span", { class: "brand__mark", "aria-hidden": "true" }),
        "Passung",
      ),
      links.length
        ? h(
            "nav",
            { "aria-label": "Hauptnavigation", class: "site-nav" },
            h(
              "ul",
              {},
              links.map(([href, text]) =>
                h("li", {}, h("a", { href, "aria-current": href === current ? "page" : undefined }, text)),
              ),
            ),
          )
        : null,
      session
        ? h(
            "div",
            { class: "user" },
            h(
              "span",
              { class: "user__who" },
              h("span", { class: "visually-hidden" }, "Angemeldet als "),
              `${ROLE_LABELS[session.role]} · ${session.email ?? session.org}`,
              session.email ? ` (${session.org})` : "",
            ),
            h(
              "button",
              { type: "button", class: "button button--small button--secondary", onclick: signOut },
              "Abmelden",
            ),
          )
        : null,
    ),
  );
}

export function footer(): HTMLElement {
  return h(
    "footer",
    { class: "site-footer" },
    h(
      "p",
      {},
      "Passung – Datenbank und Matching für das IQ Netzwerk. Berufe: Klassifikation der Berufe 2010, Quelle: Statistik der Bundesagentur für Arbeit. Postleitzahlen: GeoNames (CC BY 4.0).",
    ),
  );
}
