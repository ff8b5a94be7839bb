import { CURRENT_NOTICE_VERSION } from "../../../../shared/domain/consent.ts";
import { CONSENT_SCOPES } from "../../../../shared/schemas/consent.ts";
import { api, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { date, today } from "../../core/format.ts";
import type { Candidate } from "../../core/types.ts";
import { checkboxGroup, field, input } from "../../ui/field.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";
import { busy, errorBox, successBox } from "../../ui/status.ts";
import { languageLabel } from "./candidate-handout.ts";
import { CONSENT_LABELS } from "./consent-labels.ts";
import { noticeControl } from "./consent-notice.ts";
import { withdrawButton } from "./consent-withdraw.ts";

/**
 * "Einwilligung" on the candidate's page (issue 30): the candidate reads the information notice in
 * their language, the coach ticks what they agreed to and records it in one step (date: today
 * unless changed). Below, the consents in force or withdrawn, each with its notice version and
 * date, and a way to withdraw. `onChanged` gets the candidate as saved (its new version);
 * `onErased` follows a withdrawal of `store`.
 */
export function consentSection(c: Candidate, onChanged: (saved: Candidate) => void, onErased: () => void) {
  const list = h("div", {});
  const status = h("div", { role: "status" });
  const showError = (error: unknown) => replace(status, errorBox(toProblem(error)));

  function drawList() {
    if (!c.consents.length) {
      replace(
        list,
        h(
          "p",
          {},
          "Noch keine Einwilligung erfasst. Ohne „Profil teilen“ kann die Person nicht vorgeschlagen werden.",
        ),
      );
      return;
    }
    const reload = async () => {
      const fresh = await api.get<Candidate>(`/candidates/${encodeURIComponent(c.id)}`);
      onChanged(fresh);
      drawList();
    };
    replace(
      list,
      h(
        "ul",
        { class: "consents" },
        c.consents.map((x) =>
          h(
            "li",
            {},
            h("strong", {}, CONSENT_LABELS[x.scope]),
            x.withdrawn
              ? `: widerrufen am ${date(x.withdrawn.date)} (erteilt am ${date(x.date)})`
              : `: erteilt am ${date(x.date)}, Informationsblatt ${x.version} (${languageLabel(x.language)}) `,
            x.withdrawn
              ? null
              : withdrawButton(c, x.scope, { onWithdrawn: reload, onErased, onError: showError }),
          ),
        ),
      ),
    );
  }

  const notice = noticeControl(c.languages[0], showError);
  const scopes = checkboxGroup({
    legend: "Die Person ist einverstanden mit",
    path: "scopes",
    choices: CONSENT_SCOPES.map((scope) => [scope, CONSENT_LABELS[scope]] as const),
    required: true,
  });
  const day = input({ type: "date", value: today(), max: today() });
  const summary = h("div", { class: "form-summary" });
  const submit = h("button", { type: "submit", class: "button" }, "Einwilligung erfassen");
  const form = h(
    "form",
    { class: "form", novalidate: true, "aria-label": "Einwilligung erfassen" },
    summary,
    notice.el,
    scopes.el,
    field({ label: "Datum der Einwilligung", path: "date", required: true }, day),
    h("p", { class: "hint" }, `Informationsblatt Version ${CURRENT_NOTICE_VERSION}`),
    h("div", { class: "actions" }, submit),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void busy(submit, "Wird erfasst …", async () => {
      clearErrors(form);
      summary.replaceChildren();
      status.replaceChildren();
      try {
        const saved = await api.post<Candidate>(`/candidates/${encodeURIComponent(c.id)}/consents`, {
          version: CURRENT_NOTICE_VERSION,
          date: day.value,
          scopes: scopes.values(),
          language: notice.language(),
        });
        onChanged(saved);
        drawList();
        for (const box of form.querySelectorAll<HTMLInputElement>("input[type=checkbox]"))
          box.checked = false;
        replace(status, successBox("Einwilligung erfasst."));
      } catch (error) {
        showErrors([form], summary, toProblem(error));
      }
    });
  });
  drawList();
  return h(
    "section",
    { id: "einwilligung", "aria-labelledby": "consent-heading" },
    h("h2", { id: "consent-heading", tabindex: "-1" }, "Einwilligung"),
    h(
      "p",
      { class: "hint" },
      "Geben Sie der Person das Informationsblatt zum Datenschutz in ihrer Sprache. Erfassen Sie dann, womit sie einverstanden ist.",
    ),
    list,
    status,
    form,
  );
}
