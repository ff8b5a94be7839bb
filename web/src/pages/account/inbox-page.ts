import { toProblem } from "../../core/api.ts";
import { append, h } from "../../core/dom.ts";
import { dateTime } from "../../core/format.ts";
import { announceUnread, loadNotices, markRead, type Notice, type NoticePage } from "../../core/notices.ts";
import type { RouteContext } from "../../core/router.ts";
import { errorBox, loading } from "../../ui/status.ts";

const TYPE_LABELS: Record<Notice["type"], string> = {
  "referral.proposed": "Neuer Vorschlag",
  "referral.accepted": "Vorschlag angenommen",
  "referral.declined": "Vorschlag abgelehnt",
  "referral.withdrawn": "Vorschlag zurückgezogen",
  "candidate.newMatches": "Neue Treffer",
  "employer.measureDue": "Maßnahme überfällig",
  "referral.decisionLinkFailed": "Link nicht zugestellt",
};

/** How many notices are marked read at once (a page holds 20). */
const IN_FLIGHT = 4;

/**
 * "Benachrichtigungen": the own notices, newest first, each with its day and time, so two alike
 * read apart ("heute 09:14"). Opening the inbox reads what it shows: the unread ones are marked
 * read on the server (the bell drops to what is left) and stay marked "Neu" on the page.
 */
export async function inboxPage({ main, signal }: RouteContext) {
  const status = loading();
  const list = h("ul", { class: "notices", "aria-label": "Benachrichtigungen" });
  const more = h("div");
  main.append(h("h1", {}, "Benachrichtigungen"), status, list, more);
  let unread = 0;

  /** Marks the shown unread notices read; a failed one stays unread for the next visit. */
  const readShown = async (notices: Notice[]) => {
    const pending = notices.filter((n) => !n.readAt);
    for (let i = 0; i < pending.length && !signal.aborted; i += IN_FLIGHT) {
      const results = await Promise.allSettled(pending.slice(i, i + IN_FLIGHT).map((n) => markRead(n.id)));
      unread = Math.max(0, unread - results.filter((r) => r.status === "fulfilled").length);
      announceUnread(unread);
    }
  };

  const render = (notice: Notice) => {
    const item = h("li", { class: `notice${notice.readAt ? "" : " notice--unread"}` });
    append(
      item,
      h(
        "p",
        { class: "notice__meta" },
        h("span", { class: "notice__type" }, TYPE_LABELS[notice.type] ?? notice.type),
        " · ",
        h("time", { class: "notice__time", datetime: notice.createdAt }, dateTime(notice.createdAt)),
        notice.readAt ? null : " · ",
        notice.readAt ? null : h("span", { class: "notice__state" }, "Neu"),
      ),
      h("a", { href: notice.link, class: "notice__text" }, notice.text),
    );
    return item;
  };

  const show = (page: NoticePage) => {
    list.append(...page.items.map(render));
    void readShown(page.items);
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
    const fresh = page.items.filter((n) => !n.readAt).length;
    status.replaceWith(
      h(
        "p",
        { class: "muted" },
        page.items.length === 0
          ? "Keine Benachrichtigungen. Neue Vorschläge und Antworten erscheinen hier."
          : fresh === 0
            ? "Nichts Neues seit Ihrem letzten Besuch."
            : fresh === 1
              ? "1 neue Benachrichtigung, jetzt als gelesen markiert."
              : `${fresh} neue Benachrichtigungen, jetzt als gelesen markiert.`,
      ),
    );
    show(page);
  } catch (error) {
    status.replaceWith(errorBox(toProblem(error)));
  }
}
