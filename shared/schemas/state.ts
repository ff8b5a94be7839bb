import { STATE_CODES, STATE_NAMES } from "./states.ts";
import * as z from "./z.ts";

/** Bundesländer where an offer leads to recognition: AGS state codes, each once. */
export const validIn = z
  .array(
    z
      .string()
      .check(
        z.refine(
          (code) => code in STATE_NAMES,
          `Unbekanntes Bundesland; erlaubt: ${STATE_CODES.join(", ")} (z. B. 14 = Sachsen)`,
        ),
      ),
  )
  .check(
    z.minLength(1, "Mindestens ein Bundesland angeben oder das Feld weglassen"),
    z.maxLength(16),
    z.refine((codes) => new Set(codes).size === codes.length, "Bundesländer doppelt angegeben"),
  );
