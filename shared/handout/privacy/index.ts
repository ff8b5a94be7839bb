import type { HandoutLanguage } from "../languages.ts";
import { ar } from "./ar.ts";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { fa } from "./fa.ts";
import { ru } from "./ru.ts";
import type { PrivacyNoticeTexts } from "./texts.ts";
import { tr } from "./tr.ts";
import { uk } from "./uk.ts";

/** The notice in the handout's languages, one reviewed file each. */
export const NOTICE_TRANSLATIONS: Record<HandoutLanguage, PrivacyNoticeTexts> = {
  de,
  en,
  ar,
  uk,
  ru,
  tr,
  fa,
};
