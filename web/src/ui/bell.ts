import { h, s } from "../core/dom.ts";
import { knownUnread, onUnread } from "../core/notices.ts";
import { refreshUnread, startUnreadRefresh } from "../core/unread-refresh.ts";

const label = (unread: number) =>
  unread === 0 ? "Benachrichtigungen" : `Benachrichtigungen, ${unread} ungelesen`;
const badgeText = (unread: number) => (unread > 99 ? "99+" : String(unread));

let listening = false;
let currentBell: HTMLAnchorElement | undefined;
let currentToggle: HTMLButtonElement | undefined;

/** A count for eyes only: the element it sits in carries the words in its accessible name. */
const badge = (className: string) =>
  h("span", { class: className, hidden: true, "aria-hidden": "true" }, "0");

function setBadge(element: Element, selector: string, unread: number) {
  const count = element.querySelector(selector);
  if (!count) return;
  count.textContent = badgeText(unread);
  count.toggleAttribute("hidden", unread === 0);
}

/** Shows `unread` on the bell and on the phone's "Menü" button, for eyes and for screen readers. */
function show(unread: number) {
  if (currentBell) {
    setBadge(currentBell, ".bell__count", unread);
    currentBell.setAttribute("aria-label", label(unread));
  }
  if (currentToggle) {
    setBadge(currentToggle, ".menu-toggle__count", unread);
    if (unread === 0) currentToggle.removeAttribute("aria-label");
    else currentToggle.setAttribute("aria-label", `Menü, ${unread} ungelesen`);
  }
}

function listen() {
  if (listening) return;
  listening = true;
  onUnread(show);
}

/**
 * The phone's "Menü" button: on a phone the bell is hidden in the closed menu, so the button
 * carries the unread count too ("Menü, 3 ungelesen").
 */
export function menuToggle(): HTMLButtonElement {
  const toggle = h(
    "button",
    { type: "button", class: "menu-toggle", "aria-expanded": "false", "aria-controls": "site-menu" },
    "Menü",
    badge("menu-toggle__count"),
  );
  currentToggle = toggle;
  listen();
  show(knownUnread());
  return toggle;
}

/**
 * The bell in the header: a link to the inbox with the number of unread notices, read when the
 * header is drawn (each page), again on focus and every minute (core/unread-refresh.ts), and
 * updated when the inbox marks notices read. A failed read leaves the plain link: notices are
 * never the reason a page does not work.
 */
export function bell(path: string): HTMLAnchorElement {
  const link = h(
    "a",
    {
      href: "/benachrichtigungen",
      class: "bell",
      "aria-label": label(0),
      "aria-current": path === "/benachrichtigungen" ? "page" : undefined,
    },
    // Drawn, not a font glyph: not every system has an emoji font.
    s(
      "svg",
      {
        class: "bell__icon",
        viewBox: "0 0 24 24",
        width: 20,
        height: 20,
        "aria-hidden": "true",
        focusable: "false",
      },
      s("path", {
        d: "M12 2a6 6 0 0 0-6 6v3.6L4.3 15.2A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.8L18 11.6V8a6 6 0 0 0-6-6zm0 20a3 3 0 0 0 2.8-2H9.2A3 3 0 0 0 12 22z",
        fill: "currentColor",
      }),
    ),
    badge("bell__count"),
  );
  currentBell = link;
  listen();
  show(knownUnread());
  startUnreadRefresh();
  // The inbox reads the count itself (and marks what it shows read).
  if (path !== "/benachrichtigungen") void refreshUnread();
  return link;
}
