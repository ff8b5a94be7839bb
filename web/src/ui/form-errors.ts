import type { FieldError, Problem } from "../core/api.ts";
import { describe, h, replace, undescribe, uid } from "../core/dom.ts";
import { fieldValid, isEmpty, snapshot } from "./field-check.ts";
import { friendly } from "./messages.ts";

/**
 * Shows a problem+json answer where it belongs: each `errors[].path` next to the field whose
 * `data-field` names it (`occupations[0]` falls back to `occupations`, `contact.email` to
 * `contact`), with aria-invalid and aria-describedby; a summary at the top links to each field
 * and lists what has no field. A field's error goes away as soon as the field is corrected
 * (see field-check.ts), together with its line in the summary.
 */
const CONTROLS = "input:not([type=hidden]), select, textarea";

function findField(roots: readonly ParentNode[], path: string): HTMLElement | undefined {
  let p = path;
  while (p) {
    for (const root of roots) {
      const el = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(p)}"]`);
      if (el) return el;
    }
    const shorter = p.replace(/(\[\d+\]|\.[^.[\]]+)$/, "");
    if (shorter === p) break;
    p = shorter;
  }
  return undefined;
}

const watchers = new WeakMap<Element, AbortController>();

function clearSlot(slot: HTMLElement): void {
  for (const control of document.querySelectorAll(`[aria-describedby~="${slot.id}"]`)) {
    undescribe(control, slot.id);
    control.removeAttribute("aria-invalid");
  }
  slot.remove();
}

function clearField(container: Element): void {
  watchers.get(container)?.abort();
  watchers.delete(container);
  for (const slot of container.querySelectorAll<HTMLElement>(":scope > .field-error")) clearSlot(slot);
  container.classList.remove("field--invalid");
}

export function clearErrors(...roots: ParentNode[]): void {
  for (const root of roots) {
    for (const el of root.querySelectorAll(".field--invalid")) clearField(el);
    for (const slot of root.querySelectorAll<HTMLElement>(".field-error")) clearSlot(slot);
  }
}

/** Clears the field's error (and its summary line) once the field is corrected. */
function watch(container: HTMLElement, messages: string[], item: HTMLElement, summary: HTMLElement): void {
  const before = snapshot(container);
  const controller = new AbortController();
  watchers.set(container, controller);
  const recheck = () => {
    if (!fieldValid(container, messages, before)) return;
    clearField(container);
    const list = item.parentElement;
    item.remove();
    if (list && !list.querySelector("li")) replace(summary);
  };
  container.addEventListener("input", recheck, { signal: controller.signal });
  container.addEventListener("change", recheck, { signal: controller.signal });
}

/** The API's message in plain words, without repeating the field's label. */
function messageFor(container: HTMLElement, message: string): string {
  const label = labelOf(container).toLowerCase();
  const text = friendly(message);
  // "Postleitzahl: fünf Ziffern" next to the label "Postleitzahl" says the label twice.
  const prefix = /^([^:]{2,40}):\s+(.+)$/.exec(text);
  const unprefixed = prefix?.[1] && label.includes(prefix[1].toLowerCase()) ? (prefix[2] ?? text) : text;
  // An empty field is asked for, not told its minimum length.
  return isEmpty(container) && /^Bitte mindestens \d+ Zeichen/.test(unprefixed)
    ? "Bitte ausfüllen."
    : unprefixed;
}

function slotFor(container: HTMLElement): HTMLElement {
  const slot = h("p", { class: "field-error", id: uid("err") });
  const anchor =
    container.querySelector(":scope > .hint") ?? container.querySelector(":scope > label, :scope > legend");
  if (anchor) anchor.after(slot);
  else container.prepend(slot);
  return slot;
}

const labelOf = (container: HTMLElement) =>
  (container.querySelector("label, legend")?.textContent ?? "").replace(" (Pflichtfeld)", "").trim();

/** Marks the fields and fills `summary`; returns the errors no field could show. */
export function showErrors(
  roots: readonly ParentNode[],
  summary: HTMLElement,
  problem: Problem,
): FieldError[] {
  clearErrors(...roots);
  const unplaced: FieldError[] = [];
  const links: HTMLElement[] = [];
  const byField = new Map<HTMLElement, string[]>();
  for (const error of problem.errors ?? []) {
    const container = findField(roots, error.path);
    if (!container) unplaced.push(error);
    else
      byField.set(container, [
        ...new Set([...(byField.get(container) ?? []), messageFor(container, error.message)]),
      ]);
  }
  // The summary lists the fields in the order the form shows them.
  const ordered = [...byField].sort(([a], [b]) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  for (const [container, messages] of ordered) {
    const slot = slotFor(container);
    slot.append(h("span", { class: "visually-hidden" }, "Fehler: "), messages.join(" · "));
    container.classList.add("field--invalid");
    const controls = [...container.querySelectorAll<HTMLElement>(CONTROLS)];
    for (const control of controls) {
      control.setAttribute("aria-invalid", "true");
      describe(control, slot.id);
    }
    const first = controls[0];
    const link = h("a", { href: `#${first?.id ?? ""}` }, `${labelOf(container)}: ${messages.join(" · ")}`);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      first?.focus();
    });
    const item = h("li", {}, link);
    links.push(item);
    watch(container, messages, item, summary);
  }
  const detail = problem.errors?.length ? "Bitte prüfen Sie die markierten Angaben." : problem.detail;
  replace(
    summary,
    h(
      "div",
      { class: "alert alert--error", tabindex: -1 },
      h("p", { class: "alert__title" }, problem.title),
      detail ? h("p", {}, detail) : null,
      links.length || unplaced.length
        ? h(
            "ul",
            {},
            links,
            unplaced.map((e) => h("li", {}, e.path ? `${e.path}: ${e.message}` : e.message)),
          )
        : null,
    ),
  );
  summary.querySelector<HTMLElement>(".alert")?.focus();
  return unplaced;
}

export function clearSummary(summary: HTMLElement): void {
  summary.replaceChildren();
}
