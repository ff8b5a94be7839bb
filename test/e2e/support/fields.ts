import type { Locator, Page } from "playwright-core";

/** What assistive technology hears about a field: invalid or not, and the texts it is described by. */
export async function fieldState(
  page: Page,
  control: Locator,
): Promise<{ invalid: boolean; description: string }> {
  const ids = ((await control.getAttribute("aria-describedby")) ?? "").split(" ").filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return {
    invalid: (await control.getAttribute("aria-invalid")) === "true",
    description: texts.join(" ").replace(/\s+/g, " ").trim(),
  };
}

/** Presses Tab until `test` (a script evaluated in the page) is true; fails if it never is. */
export async function tabTo(page: Page, test: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate<boolean>(test)) return;
  }
  throw new Error(`Tab never reached: ${test}`);
}

/** The focused element shows a visible focus indicator (an outline of at least 2 px). */
export const FOCUS_VISIBLE =
  "(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; })()";

export const pageWidth = (page: Page) => page.evaluate<number>("document.documentElement.scrollWidth");
