import { toProblem } from "../../core/api.ts";
import { append, h } from "../../core/dom.ts";
import { date } from "../../core/format.ts";
import { announceUnread, loadNotices, markRead, type Notice, type NoticePage } from "../../core/notices.ts";
import { navigate, type RouteContext } from "../../core/router.ts";
import { announce, errorBox, loading } from "../../ui/status.ts";

const TYPE_LABELS: Record<Notice["type"], string> = {
  "referral.proposed": "Neuer Vorschlag",
  "referral.accepted": "Vorschlag angenommen",
  "referral.declined": "Vorschlag abgelehnt",
  "referral.withdrawn": "Vorschlag zurückgezogen",
  "candidate.newMatches": "Neue Treffer",
  "employer.measureDue": "Maßnahme überfällig",
};

/**
 * "Benachrichtigungen": the own notices, newest first, unread ones marked. Opening a notice marks
 * it read and goes to its page; "Als gelesen markieren" marks it without leaving.
 */
export async function inboxPage({ main, signal }: RouteContext) {
  const status = loading();
  const list = h("ul", { class: "notices", "aria-label": "Benachrichtigungen" });
  const more = h("div");
  main.append(h("h1", {}, "Benachrichtigungen"), status, list, more);
  let unread = 0;

  const read = async (notice: Notice, item: HTMLElement) => {
    if (notice.readAt) return;
    const saved = await markRead(notice.id);
    notice.readAt = saved.readAt;
    unread = Math.max(0, unread - 1);
    announceUnread(unread);
    item.classList.remove("notice--unread");
    item.querySelector(".notice__mark")?.remove();
    item.querySelector(".notice__state")?.replaceChildren("Gelesen");
  };

  const render = (notice: Notice) => {
    const item = h("li", { class: `notice${notice.readAt ? "" : " notice--unread"}` });
    const open = h("a", { href: notice.link, class: "notice__text" }, notice.text);
    open.addEventListener("click", (event) => {
      event.preventDefault();
      event.stopPropagation();
      void read(notice, item)
        .catch(() => undefined)
        .finally(() => navigate(notice.link));
    });
    const mark = notice.readAt
      ? null
      : h(
          "button",
          {
            type: "button",
            class: "button button--small button--secondary notice__mark",
            onclick: () =>
              void read(notice, item).then(
                () => announce("Als gelesen markiert."),
                (error: unknown) => item.append(errorBox(toProblem(error))),
              ),
          },
          "Als gelesen markieren",
          h("span", { class: "visually-hidden" }, `: ${notice.text}`),
        );
    append(
      item,
      h(
        "p",
        { class: "notice__meta" },
        h("span", { class: "notice__type" }, TYPE_LABELS[notice.type] ?? notice.type),
        ` · ${date(notice.createdAt)} · `,
        h("span", { class: "notice__state" }, notice.readAt ? "Gelesen" : "Ungelesen"),
      ),
      open,
      mark,
    );
    return item;
  };

  const show = (page: NoticePage) => {
    list.append(...page.items.map(render));
    more.replaceChildren();
    if (page.nextCursor) {
      const cursor = page.nextCursor;
      more.append(
        h(
          "button",
          {
            type: "button",
            class: "button button--secondary",
            onclick: () =>
              void loadNotices({ cursor, signal }).then(show, (e: unknown) =>
                more.replaceChildren(errorBox(toProblem(e))),
              ),
          },
          "Ältere anzeigen",
        ),
      );
    }
  };

  try {
    const page = await loadNotices({ signal });
    unread = page.unread;
    announceUnread(unread);
    status.replaceWith(
      h(
        "p",
        { class: "muted" },
        page.items.length === 0
          ? "Keine Benachrichtigungen. Neue Vorschläge und Antworten erscheinen hier."
          : unread === 1
            ? "1 ungelesene Benachrichtigung."
            : `${unread} ungelesene Benachrichtigungen.`,
      ),
    );
    show(page);
  } catch (error) {
    status.replaceWith(errorBox(toProblem(error)));
  }
}
