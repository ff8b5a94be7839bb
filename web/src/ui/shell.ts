import { h, replace } from "../core/dom.ts";
import { ROLE_LABELS } from "../core/labels.ts";
import { loadMe } from "../core/me.ts";
import type { Session } from "../core/session.ts";
import { stopUnreadRefresh } from "../core/unread-refresh.ts";
import { bell, menuToggle } from "./bell.ts";
import { groupsFor, HOME, navigation } from "./site-nav.ts";

/**
 * The page frame: header with the navigation for the role (site-nav.ts), who is signed in,
 * footer. On a phone the navigation and the sign-out sit behind a "Menü" button, so the header
 * stays one line.
 */
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
