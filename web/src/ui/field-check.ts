/**
 * Whether a field marked by an API error is now fine, judged in the page: its value changed since
 * the error, and it passes the checks the page can make (required, the browser's own constraint
 * validation, and the rules the error message names: minimum length, number, five digits, e-mail).
 * Fields whose validity is not in one control (occupation chips, checkbox groups, the resolved
 * postal code) register their own check with `setFieldCheck`.
 */
const CONTROLS = "input:not([type=hidden]), select, textarea";
const checks = new WeakMap<Element, () => boolean>();

export const setFieldCheck = (container: Element, check: () => boolean) => checks.set(container, check);

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const controlsOf = (container: Element) => [...container.querySelectorAll<Control>(CONTROLS)];

/** What the field holds now, to compare with what it held when the error came. */
export function snapshot(container: Element): string {
  return controlsOf(container)
    .map((c) =>
      c instanceof HTMLInputElement && (c.type === "checkbox" || c.type === "radio") ? c.checked : c.value,
    )
    .join("\u0000");
}

/** True when the field value is empty (nothing typed, nothing chosen). */
export function isEmpty(container: Element): boolean {
  return controlsOf(container).every((c) =>
    c instanceof HTMLInputElement && (c.type === "checkbox" || c.type === "radio")
      ? !c.checked
      : !c.value.trim(),
  );
}

const number = (text: string) => Number(text.trim().replace(/\./g, "").replace(",", "."));

function passesMessage(value: string, message: string): boolean {
  const v = value.trim();
  const min = /mindestens (\d+) Zeichen/.exec(message);
  if (min) return v.length >= Number(min[1]);
  if (/ganze Zahl/.test(message)) return Number.isInteger(number(v));
  if (/eine Zahl/.test(message)) return v !== "" && Number.isFinite(number(v));
  const atLeast = /^Bitte mindestens (\S+) eingeben/.exec(message);
  if (atLeast) return number(v) >= number(atLeast[1] ?? "");
  const atMost = /^Bitte höchstens (\S+) eingeben/.exec(message);
  if (atMost) return number(v) <= number(atMost[1] ?? "");
  if (/fünf Ziffern/.test(message)) return /^\d{5}$/.test(v);
  if (/E-Mail/.test(message)) return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v);
  if (/^Bitte ausfüllen/.test(message)) return v !== "";
  return true;
}

export function fieldValid(container: Element, messages: readonly string[], before: string): boolean {
  const own = checks.get(container);
  if (own) return own();
  if (snapshot(container) === before) return false;
  return controlsOf(container).every(
    (c) =>
      (!c.required || c.value.trim() !== "") &&
      c.checkValidity() &&
      (c instanceof HTMLSelectElement || messages.every((m) => passesMessage(c.value, m))),
  );
}
