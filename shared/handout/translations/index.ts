import type { HandoutLanguage } from "../languages.ts";
import type { HandoutTexts } from "../texts.ts";
import { ar } from "./ar.ts";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { fa } from "./fa.ts";
import { ru } from "./ru.ts";
import { tr } from "./tr.ts";
import { uk } from "./uk.ts";

/** The shipped translations, one reviewed file per language. */
export const TRANSLATIONS: Record<HandoutLanguage, HandoutTexts> = { de, en, ar, uk, ru, tr, fa };
