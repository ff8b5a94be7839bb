import de from "zod/v4/locales/de.js";
import * as z from "zod/mini";

// zod/mini keeps Lambda cold starts small; German messages because the web pages show them at fields.
z.config(de());

export { z };
