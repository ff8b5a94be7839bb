import { h, uid } from "../../core/dom.ts";
import { COUNSELLING_TOPIC_LABELS } from "../../../../shared/domain/employer-measure.ts";
import { SESSION_FORMAT_LABELS } from "../../core/employer-labels.ts";
import { date, today } from "../../core/format.ts";
import { checkboxGroup, field, input, optional, optionalNumber, textarea } from "../../ui/field.ts";

/**
 * "Neues Gespräch": one small form an adviser fills in within a minute after a call — date
 * (today), format, minutes, topics, an optional note. Enter in any field saves (Ctrl+Enter in the
 * note, where Enter starts a new line). After saving, the form is ready for the next one.
 */
export function sessionForm(onSubmit: (form: HTMLFormElement) => void) {
  const day = input({ type: "date", value: today(), name: "date" });
  const radioName = uid("format");
  const formats = Object.entries(SESSION_FORMAT_LABELS).map(([value, text], i) => {
    const radio = h("input", { type: "radio", name: radioName, value, checked: i === 0 });
    return { radio, el: h("label", { class: "check" }, radio, " ", text) };
  });
  const format = h(
    "fieldset",
    { class: "field fieldset", "data-field": "format" },
    h("legend", {}, "Form"),
    h(
      "div",
      { class: "checks checks--inline" },
      formats.map((f) => f.el),
    ),
  );
  const minutes = input({ inputmode: "numeric", value: "60", name: "minutes", class: "input--short" });
  const topics = checkboxGroup({
    legend: "Themen",
    path: "topics",
    choices: Object.entries(COUNSELLING_TOPIC_LABELS),
  });
  const note = textarea({ rows: 2, maxlength: 2000, name: "note" });
  const save = h("button", { type: "submit", class: "button" }, "Gespräch speichern");
  const summary = h("div", { class: "form-summary" });
  const form = h(
    "form",
    { class: "form session-form", novalidate: true, "aria-labelledby": "new-session-heading" },
    h("h3", { id: "new-session-heading" }, "Neues Gespräch"),
    summary,
    h(
      "div",
      { class: "grid" },
      field({ label: "Datum", path: "date", required: true }, day),
      field({ label: "Dauer in Minuten", path: "minutes", required: true }, minutes),
    ),
    format,
    topics.el,
    field(
      {
        label: "Notiz (bleibt in Ihrer Organisation)",
        path: "note",
        hint: "Freiwillig. Nur Ihre Organisation liest sie; sie erscheint in keiner Statistik. Strg+Enter speichert.",
      },
      note,
    ),
    h("div", { class: "actions" }, save),
  );
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.isComposing) return;
    const target = event.target;
    const inNote = target === note;
    if (inNote ? !(event.ctrlKey || event.metaKey) : !(target instanceof HTMLInputElement)) return;
    event.preventDefault();
    form.requestSubmit(save);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onSubmit(form);
  });

  const body = () => ({
    date: optional(day),
    format: formats.find((f) => f.radio.checked)?.radio.value,
    minutes: optionalNumber(minutes),
    topics: topics.values(),
    note: optional(note),
  });
  /** Ready for the next session: today, the same format and length, no topics, no note. */
  function reset() {
    day.value = today();
    for (const box of topics.el.querySelectorAll("input")) box.checked = false;
    note.value = "";
    day.focus();
  }
  const savedText = (d: string | undefined) => `Gespräch vom ${date(d)} gespeichert.`;
  return { form, summary, save, body, reset, savedText };
}
