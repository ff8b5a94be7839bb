import { h, replace } from "../core/dom.ts";
import { ROLE_LABELS } from "../core/labels.ts";
import { loadMe } from "../core/me.ts";
import type { Session } from "../core/session.ts";
import type { Role } from "../core/types.ts";
import { stopUnreadRefresh } from "../core/unread-refresh.ts";
import { bell, menuToggle } from "./bell.ts";

/**
 * The page frame: header with the navigation for the role, who is signed in, footer. On a phone
 * the navigation and the sign-out sit behind a "Menü" button, so the header stays one line. The
 * admin sees every area, grouped under its name; links that read alike ("Import/Export") carry
 * their area in the accessible name, so no two links sound the same.
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

const groupsFor = (role: Role): NavGroup[] =>
  role === "admin" ? ADMIN_NAV : [{ label: "", links: NAV[role] }];

function navigation(groups: NavGroup[], path: string): HTMLElement {
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

export function renderHeader(
  header: HTMLElement,
  path: string,
  session: Session | undefined,
  signOut: () => void,
) {
  const brand = h(
    "a",
    { class: "brand", href: session ? HOME[session.role] : "/" },
    h("span", { class: "brand__mark", "aria-hidden": "true" }),
    "Passung",
  );
  if (!session) {
    stopUnreadRefresh();
    return replace(header, h("div", { class: "site-header__inner" }, brand));
  }
  const orgName = h("span", { class: "user__org" });
  void loadMe().then((me) => {
    if (me?.orgName) orgName.textContent = ` · ${me.orgName}`;
  });
  const user = h(
    "div",
    { class: "user" },
    h(
      "span",
      { class: "user__who" },
      h("span", { class: "visually-hidden" }, "Angemeldet als "),
      ROLE_LABELS[session.role],
      session.email ? ` · ${session.email}` : "",
      // The organisation's name once /me answers; never its slug.
      orgName,
    ),
    bell(path),
    h(
      "a",
      { href: "/konto", class: "user__account", "aria-current": path === "/konto" ? "page" : undefined },
      "Mein Konto",
    ),
    h(
      "button",
      { type: "button", class: "button button--small button--secondary", onclick: signOut },
      "Abmelden",
    ),
  );
  const menu = h(
    "div",
    { class: "site-header__menu", id: "site-menu" },
    navigation(groupsFor(session.role), path),
    user,
  );
  const toggle = menuToggle();
  const setOpen = (open: boolean) => {
    menu.classList.toggle("is-open", open);
    toggle.setAttribute("aria-expanded", String(open));
  };
  toggle.addEventListener("click", () => setOpen(!menu.classList.contains("is-open")));
  // Escape closes the open menu from the button or from inside it, and the focus goes back to the button.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !menu.classList.contains("is-open")) return;
    event.preventDefault();
    setOpen(false);
    toggle.focus();
  };
  toggle.addEventListener("keydown", closeOnEscape);
  menu.addEventListener("keydown", closeOnEscape);
  replace(header, h("div", { class: "site-header__inner" }, brand, toggle, menu));
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
    h("p", {}, h("a", { href: "/barrierefreiheit" }, "Erklärung zur Barrierefreiheit")),
  );
}
