import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { expect } from "vitest";

/**
 * Real Chromium (Debian's package) driven by playwright-core: pages that record console errors,
 * an axe-core check that fails on serious or critical violations, and a screenshot of each page.
 */
export const CHROMIUM = "/usr/bin/chromium";
export const SCREENSHOTS = fileURLToPath(new URL("../screenshots", import.meta.url));
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: the end-to-end tests need Debian's Chromium (apt-get install -y chromium; .ci/run does this).`,
    );
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/**
 * A fresh context (own sessionStorage) and page. HTTP error answers the test provokes on purpose
 * (a 400 for invalid input) make Chromium log "Failed to load resource"; `allowHttpErrors` lists
 * the statuses to accept. Anything else in the console counts as an error.
 */
export async function openPage(
  browser: Browser,
  options: { width?: number; height?: number; allowHttpErrors?: number[] } = {},
): Promise<TestPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: "de-DE",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const allowed = new Set(options.allowHttpErrors ?? []);
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const status = /status of (\d{3})/.exec(message.text())?.[1];
    if (status && allowed.has(Number(status))) return;
    errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`Uncaught: ${error.message}`));
  return { page, context, errors };
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** Screenshot under test/e2e/screenshots/<name>.png, then axe-core: no serious or critical violations. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  if (!(await page.evaluate("typeof window.axe !== 'undefined'"))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate<AxeResult>("window.axe.run(document, { resultTypes: ['violations'] })");
  const severe = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`,
    );
  expect(severe, `axe on ${name}`).toEqual([]);
}

export function expectNoConsoleErrors(tp: TestPage): void {
  expect(tp.errors, "console errors").toEqual([]);
}
