import type { Problem } from "../core/api.ts";
import { h, replace } from "../core/dom.ts";

/** Loading, success and error states, and a polite live region for short announcements. */
let announcer: HTMLElement | undefined;

export function announcerElement(): HTMLElement {
  announcer ??= h("div", { class: "visually-hidden", role: "status", "aria-live": "polite" });
  return announcer;
}

/** Says `text` to screen reader users without moving focus. */
export function announce(text: string): void {
  const region = announcerElement();
  region.textContent = "";
  // A fresh text node after a tick is announced even when the text repeats.
  setTimeout(() => (region.textContent = text), 50);
}

export const loading = (text = "Wird geladen …") => h("p", { class: "loading", role: "status" }, text);

/** A problem as an alert box, with an optional retry button. */
export function errorBox(problem: Problem, retry?: () => void): HTMLElement {
  const box = h(
    "div",
    { class: "alert alert--error", role: "alert" },
    h("p", { class: "alert__title" }, problem.title),
    problem.detail && problem.detail !== problem.title ? h("p", {}, problem.detail) : null,
    retry
      ? h("button", { type: "button", class: "button button--secondary", onclick: retry }, "Erneut versuchen")
      : null,
  );
  return box;
}

export const successBox = (...content: (Node | string)[]) =>
  h("div", { class: "alert alert--success", role: "status" }, ...content);

/** Puts a message into a container that is itself a live region (role=status or alert). */
export function setMessage(container: HTMLElement, ...content: (Node | string | null)[]): void {
  replace(container, ...content);
}

/**
 * Runs `work` while `button` shows it is busy (disabled, aria-busy, a busy label). Returns what
 * `work` returns; the button comes back even when it throws.
 */
export async function busy<T>(
  button: HTMLButtonElement,
  busyLabel: string,
  work: () => Promise<T>,
): Promise<T> {
  const label = button.textContent ?? "";
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  button.textContent = busyLabel;
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute("aria-busy");
    button.textContent = label;
  }
}

/** A message for the next page (e.g. "Gespeichert." after a form leads back to its list). */
let flashText: string | undefined;
export const flash = (text: string) => (flashText = text);
export function takeFlash(): HTMLElement | null {
  const text = flashText;
  flashText = undefined;
  return text ? successBox(text) : null;
}

/** After a list re-renders, keeps keyboard users where they were: on the changed item's heading. */
export function focusHeading(id: string): void {
  const heading = document.getElementById(id);
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}
