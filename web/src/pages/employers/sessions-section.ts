import { api, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { COUNSELLING_TOPIC_LABELS } from "../../../../shared/domain/employer-measure.ts";
import { SESSION_FORMAT_LABELS } from "../../core/employer-labels.ts";
import { date } from "../../core/format.ts";
import { label } from "../../core/labels.ts";
import type { Page } from "../../core/types.ts";
import { confirmAction } from "../../ui/dialog.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";
import { announce, busy, errorBox, loading } from "../../ui/status.ts";
import { type CounsellingSession, employerApi } from "./model.ts";
import { sessionForm } from "./session-form.ts";

/** The employer's counselling sessions, newest first, and the form for a new one above them. */
const newestFirst = (a: CounsellingSession, b: CounsellingSession) =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

function sessionItem(s: CounsellingSession, remove: HTMLElement): HTMLElement {
  return h(
    "li",
    { class: "list__item", "data-id": s.id },
    h(
      "div",
      { class: "list__main" },
      h(
        "h3",
        { class: "h3", id: `session-${s.id}` },
        `${date(s.date)} · ${label(SESSION_FORMAT_LABELS, s.format)} · ${s.minutes} Minuten`,
      ),
      h("p", {}, s.topics.map((t) => label(COUNSELLING_TOPIC_LABELS, t)).join(", ")),
      s.note
        ? h("p", { class: "quote" }, h("span", { class: "own-note__label" }, "Notiz (intern): "), s.note)
        : null,
    ),
    h("div", { class: "list__actions" }, remove),
  );
}

export function sessionsSection(employerId: string, signal: AbortSignal): HTMLElement {
  const list = h("div", {}, loading());
  const status = h("div", { role: "status" });
  const path = `${employerApi(employerId)}/sessions`;
  let sessions: CounsellingSession[] = [];

  /** A session recorded by mistake goes again, after a question (its count goes with it). */
  function removeButton(s: CounsellingSession): HTMLElement {
    const headingId = `session-${s.id}`;
    const button = h(
      "button",
      { type: "button", class: "button button--small button--secondary", "aria-describedby": headingId },
      "Gespräch entfernen",
    );
    button.addEventListener("click", () => {
      void (async () => {
        const sure = await confirmAction(
          "Gespräch entfernen?",
          h(
            "p",
            {},
            `Das Gespräch vom ${date(s.date)} wird mit seiner Notiz gelöscht und nicht mehr gezählt.`,
          ),
          "Entfernen",
        );
        if (!sure) return;
        await busy(button, "Wird entfernt …", async () => {
          try {
            await api.delete(`${path}/${encodeURIComponent(s.id)}`);
            sessions = sessions.filter((x) => x.id !== s.id);
            render();
            announce(`Gespräch vom ${date(s.date)} entfernt.`);
          } catch (error) {
            replace(status, errorBox(toProblem(error)));
          }
        });
      })();
    });
    return button;
  }

  function render() {
    replace(
      list,
      sessions.length
        ? h(
            "ul",
            { class: "list", "aria-label": "Bisherige Gespräche" },
            [...sessions].sort(newestFirst).map((s) => sessionItem(s, removeButton(s))),
          )
        : h("p", { class: "empty" }, "Noch keine Gespräche erfasst."),
    );
  }

  const quick = sessionForm((form) => {
    void busy(quick.save, "Wird gespeichert …", async () => {
      clearErrors(form);
      quick.summary.replaceChildren();
      try {
        const saved = await api.post<CounsellingSession>(path, quick.body());
        sessions = [saved, ...sessions];
        render();
        quick.reset();
        announce(quick.savedText(saved.date));
      } catch (error) {
        showErrors([form], quick.summary, toProblem(error));
      }
    });
  });

  async function load() {
    try {
      const page = await api.get<Page<CounsellingSession>>(path, { signal });
      sessions = page.items;
      render();
    } catch (error) {
      if (!isAbort(error))
        replace(
          list,
          errorBox(toProblem(error), () => void load()),
        );
    }
  }
  void load();
  return h(
    "section",
    { "aria-labelledby": "sessions-heading" },
    h("h2", { id: "sessions-heading" }, "Gespräche"),
    h("div", { class: "card" }, quick.form),
    status,
    list,
  );
}
