import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHandout } from "../../shared/handout/model.ts";
import { HANDOUT_LANGUAGES } from "../../shared/handout/languages.ts";
import { renderHandout } from "../../shared/handout/render.ts";
import { handoutInput } from "../support/handout-fixtures.ts";
import { launchBrowser } from "./support/browser.ts";

/**
 * The handout as Chromium prints it: a typical result (five offers, three places, long German
 * titles, every kind of reason) fits on at most two A4 pages in every language.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Page objects in the PDF ("/Type /Page", not the "/Type /Pages" tree nodes). */
const pdfPageCount = (pdf: Buffer) =>
  (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

describe("handout printed to PDF by Chromium", { timeout: 60_000 }, () => {
  it.each(HANDOUT_LANGUAGES)("%s: 5 offers and 3 places on at most two A4 pages", async (lang) => {
    const handout = buildHandout(handoutInput);
    expect([handout.offers.length, handout.places.length]).toEqual([5, 3]);
    const page = await browser.newPage();
    try {
      await page.setContent(renderHandout(handout, lang), { waitUntil: "load" });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      // A4 is 595 × 842 points; Chromium writes it as 594.96 × 841.92.
      const box = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString("latin1"));
      expect([Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))]).toEqual([595, 842]);
    } finally {
      await page.close();
    }
  });
});
