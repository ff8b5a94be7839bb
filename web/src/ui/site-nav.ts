import { h } from "../core/dom.ts";
import type { Role } from "../core/types.ts";

/**
 * The main navigation for each role and each role's start page. The admin sees every area,
 * grouped under its name; links that read alike ("Import/Export") carry their area in the
 * accessible name, so no two links sound the same. Apart from the shell, which places it in the
 * header beside who is signed in.
 */
type Link = [href: string, text: string, hidden?: string];
interface NavGroup {
  label: string;
  links: Link[];
}

/** The coach's employer counselling; the admin's one-row menu leaves it out (the page is open to admins). */
const COUNSELLING: Link = ["/beratung/arbeitgeber", "Arbeitgeberberatung"];

const NAV: Record<Exclude<Role, "admin">, Link[]> = {
  coach: [
    ["/beratung", "Suche"],
    ["/beratung/kandidaten", "Kandidat:innen"],
    ["/beratung/vorschlaege", "Vorschläge"],
    COUNSELLING,
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
    ["/traeger/vorschlaege", "Vorschläge"],
    ["/traeger/import", "Import/Export"],
  ],
};

/** The admin's menu: the three areas, each with its pages (new items are created from the lists). */
const ADMIN_NAV: NavGroup[] = [
  { label: "Beratung", links: NAV.coach.filter((link) => link !== COUNSELLING) },
  {
    label: "Betriebe",
    links: [
      ["/betrieb/plaetze", "Plätze", " der Betriebe"],
      ["/betrieb/vorschlaege", "Vorschläge", " an Betriebe"],
      ["/betrieb/import", "Import/Export", " der Mentoringplätze"],
    ],
  },
  {
    label: "Träger",
    links: [
      ["/traeger/angebote", "Angebote", " der Träger"],
      ["/traeger/vorschlaege", "Vorschläge", " an Träger"],
      ["/traeger/import", "Import/Export", " der Qualifizierungsangebote"],
    ],
  },
  { label: "Netzwerk", links: [["/organisationen", "Organisationen"]] },
];

export const HOME: Record<Role, string> = {
  coach: "/beratung",
  employer: "/betrieb/plaetze",
  provider: "/traeger/angebote",
  admin: "/beratung",
};

export const groupsFor = (role: Role): NavGroup[] =>
  role === "admin" ? ADMIN_NAV : [{ label: "", links: NAV[role] }];

export function navigation(groups: NavGroup[], path: string): HTMLElement {
  const hrefs = groups.flatMap((g) => g.links.map(([href]) => href));
  // The most specific link that contains the path is the current page.
  const current = hrefs
    .filter((href) => path === href || path.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
  const linkList = (links: Link[]) =>
    h(
      "ul",
      {},
      links.map(([href, text, hidden]) =>
        h(
          "li",
          {},
          h(
            "a",
            { href, "aria-current": href === current ? "page" : undefined },
            text,
            hidden ? h("span", { class: "visually-hidden" }, hidden) : null,
          ),
        ),
      ),
    );
  return h(
    "nav",
    { "aria-label": "Hauptnavigation", class: "site-nav" },
    groups.length === 1
      ? linkList(groups[0]?.links ?? [])
      : h(
          "ul",
          { class: "site-nav__groups" },
          groups.map((g) =>
            h(
              "li",
              { class: "site-nav__group" },
              h("span", { class: "site-nav__label" }, g.label),
              linkList(g.links),
            ),
          ),
        ),
  );
}
