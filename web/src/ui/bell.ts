import { h, s } from "../core/dom.ts";
import { loadNotices, onUnread } from "../core/notices.ts";

const label = (unread: number) =>
  unread === 0 ? "Benachrichtigungen" : `Benachrichtigungen, ${unread} ungelesen`;

let listening = false;
let current: HTMLAnchorElement | undefined;

/** Shows `unread` on the bell in the header, for eyes and for screen readers. */
function show(link: HTMLAnchorElement, unread: number) {
  const count = link.querySelector(".bell__count");
  if (count) {
    count.textContent = unread > 99 ? "99+" : String(unread);
    count.toggleAttribute("hidden", unread === 0);
  }
  link.setAttribute("aria-label", label(unread));
}

/**
 * The bell in the header: a link to the inbox with the number of unread notices, read when the
 * header is drawn (each page) and updated when the inbox marks one read. A failed read leaves the
 * plain link: notices are never the reason a page does not work.
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
    h("span", { class: "bell__count", hidden: true, "aria-hidden": "true" }, "0"),
  );
  current = link;
  if (!listening) {
    listening = true;
    onUnread((unread) => current && show(current, unread));
  }
  void loadNotices({}).then(
    (page) => show(link, page.unread),
    () => undefined,
  );
  return link;
}
