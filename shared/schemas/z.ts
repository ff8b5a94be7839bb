import * as z from "zod/mini";
import de from "zod/v4/locales/de.js";

// zod/mini keeps Lambda cold starts small; German messages because the web pages show them at fields.
z.config(de());

export { z };
