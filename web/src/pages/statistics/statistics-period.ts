import { toProblem } from "../../core/api.ts";
import { replace } from "../../core/dom.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";

/**
 * The period every form on the statistics page asks for: its default months and the check that
 * it does not end before it begins. Apart because the page's sections (figures, participants,
 * employer counselling) each have their own period form and tell a wrong period alike.
 */

/** "2026-03" for the month of `d`. */
export const monthOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;

/** "2026-03" for this month, `monthsBack` months earlier. */
export function monthsAgo(monthsBack = 0): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - monthsBack);
  return monthOf(d);
}

/**
 * A check for one period form: a period that ends before it begins is told at the first month
 * (`message`), before asking the API; an API answer naming `query.from`/`query.to` lands at its
 * field too, not as a path below the form. Answers whether a problem is shown.
 */
export function periodCheck(
  form: HTMLFormElement,
  summary: HTMLElement,
  from: HTMLInputElement,
  to: HTMLInputElement,
  message: string,
): (error?: unknown) => boolean {
  return (error) => {
    clearErrors(form);
    replace(summary);
    const problem = error === undefined ? undefined : toProblem(error);
    if (problem?.errors?.length) {
      const errors = problem.errors.map((e) => ({ ...e, path: e.path.replace(/^query\./, "") }));
      showErrors([form], summary, { ...problem, errors });
      return true;
    }
    if (error !== undefined || !from.value || !to.value || from.value <= to.value) return false;
    showErrors([form], summary, {
      title: "Zeitraum prüfen",
      status: 400,
      errors: [{ path: "from", message }],
    });
    return true;
  };
}
