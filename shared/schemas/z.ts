import * as zm from "zod/mini";
import { config } from "zod/mini";
import de from "zod/v4/locales/de.js";

// zod/mini keeps Lambda cold starts small; German messages because the web pages show them at fields.
// Re-exported by name (import * as z from "./z.ts") so esbuild can tree-shake what a function does not use.
config(de());

export * from "zod/mini";

/**
 * Bidi controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) and zero-width characters
 * (U+200B–200D, U+2060, U+FEFF): invisible, they make "MOZAIK\u200B gGmbH" look like another
 * organisation's name or turn a text around on screen. No field of Passung needs them.
 */
export const INVISIBLE_CHARACTERS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/;
const visibleOnly = () =>
  zm.refine<string>((value) => !INVISIBLE_CHARACTERS.test(value), {
    message: "Unsichtbare Steuerzeichen (Bidi- oder Nullbreitenzeichen) sind nicht erlaubt",
  });

/**
 * Every text of every schema is built here (`z.string`, `z.url` shadow zod's): so a new field
 * refuses invisible characters by construction. Emails, dates and enums refuse them by their format.
 */
export const string = (params?: Parameters<typeof zm.string>[0]) => zm.string(params).check(visibleOnly());
export const url = (params?: Parameters<typeof zm.url>[0]) => zm.url(params).check(visibleOnly());
