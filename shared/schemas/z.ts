import { config } from "zod/mini";
import de from "zod/v4/locales/de.js";

// zod/mini keeps Lambda cold starts small; German messages because the web pages show them at fields.
// Re-exported by name (import * as z from "./z.ts") so esbuild can tree-shake what a function does not use.
config(de());

export * from "zod/mini";
