import { api, request, toProblem } from "../../core/api.ts";
import { h } from "../../core/dom.ts";
import { forgetMe, loadMe, type Me } from "../../core/me.ts";
import type { RouteContext } from "../../core/router.ts";
import { field, input, optional, select } from "../../ui/field.ts";
import { clearErrors, clearSummary, showErrors } from "../../ui/form-errors.ts";
import { busy, errorBox, loading, setMessage, successBox } from "../../ui/status.ts";
import { ROLE_LABELS } from "../../core/labels.ts";

const NOTIFY: [string, string][] = [
  ["immediately", "Sofort per E-Mail"],
  ["daily", "Einmal täglich zusammengefasst"],
  ["off", "Keine E-Mails"],
];

/**
 * "Mein Konto": the signed-in person's work contact (shown to the other side after a referral is
 * accepted, and prefilled as the contact person of new places and offers) and how they want to be
 * notified. Organisation and role come from the sign-in; they are shown, not edited.
 */
export async function accountPage({ main, signal }: RouteContext) {
  const status = loading();
  main.append(h("h1", {}, "Mein Konto"), status);
  let me: Me | undefined;
  try {
    me = await api.get<Me>("/me", { signal });
  } catch (error) {
    status.replaceWith(errorBox(toProblem(error)));
    return;
  }
  const name = input({ autocomplete: "name", value: me.name, maxlength: 120 });
  const email = input({ type: "email", autocomplete: "email", value: me.email, spellcheck: "false" });
  const phone = input({ type: "tel", autocomplete: "tel", value: me.phone, maxlength: 40 });
  const notify = select(NOTIFY, me.notify);
  const summary = h("div", { class: "form-summary" });
  const message = h("div", { role: "status" });
  const save = h("button", { type: "submit", class: "button" }, "Speichern");
  const form = h(
    "form",
    { novalidate: true },
    summary,
    h(
      "p",
      { class: "muted" },
      `Organisation: ${me.orgName ?? me.org}`,
      ` · ${ROLE_LABELS[me.role as keyof typeof ROLE_LABELS] ?? me.role}`,
    ),
    h(
      "fieldset",
      { class: "group" },
      h("legend", {}, "Dienstliche Kontaktdaten"),
      h(
        "div",
        { class: "grid" },
        field({ label: "Name", path: "name" }, name),
        field({ label: "E-Mail", path: "email" }, email),
        field({ label: "Telefon", path: "phone" }, phone),
      ),
    ),
    field(
      {
        label: "Benachrichtigungen",
        path: "notify",
        // Mails go to the work address above; without one there is only the inbox (the bell).
        hint: "Per E-Mail an die Adresse oben, ohne Adresse nur im Posteingang; die tägliche Zusammenfassung kommt morgens.",
      },
      notify,
    ),
    h("div", { class: "actions" }, save),
    message,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors(form);
    clearSummary(summary);
    setMessage(message);
    void busy(save, "Wird gespeichert …", async () => {
      try {
        const saved = await request<Me>("PUT", "/me", {
          body: {
            name: optional(name),
            email: optional(email),
            phone: optional(phone),
            notify: notify.value,
          },
        });
        forgetMe(saved);
        setMessage(message, successBox("Gespeichert."));
      } catch (error) {
        showErrors([form], summary, toProblem(error));
      }
    });
  });
  status.replaceWith(form);
  void loadMe();
}
