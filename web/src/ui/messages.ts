/**
 * The API's validation messages come from zod's German locale ("Zu klein: erwartet, dass string
 * >=3 Zeichen hat"). Next to a form field, plainer words read better; unknown messages stay as sent.
 */
const RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Ungültige Eingabe: erwartet \S+, erhalten undefined$/, () => "Bitte ausfüllen."],
  [/^Ungültige Eingabe: erwartet (Zahl|number), erhalten \S+$/, () => "Bitte eine Zahl eingeben."],
  [/^Ungültige Eingabe: erwartet int, erhalten \S+$/, () => "Bitte eine ganze Zahl eingeben."],
  [
    /^Zu klein: erwartet, dass string >=?(\d+) Zeichen hat$/,
    (m) => (m[1] === "1" ? "Bitte ausfüllen." : `Bitte mindestens ${m[1]} Zeichen eingeben.`),
  ],
  [
    /^Zu groß: erwartet, dass string <=?(\d+) Zeichen hat$/,
    (m) => `Bitte höchstens ${m[1]} Zeichen eingeben.`,
  ],
  [/^Zu klein: erwartet, dass number >=?(\S+) ist$/, (m) => `Bitte mindestens ${m[1]} eingeben.`],
  [/^Zu groß: erwartet, dass number <=?(\S+) ist$/, (m) => `Bitte höchstens ${m[1]} eingeben.`],
  [/^Ungültig: ISO-Datum$/, () => "Bitte ein gültiges Datum eingeben."],
  [/^Ungültig: E-Mail-Adresse$/, () => "Bitte eine gültige E-Mail-Adresse eingeben, z. B. name@example.org."],
  [/^Ungültig: URL$/, () => "Bitte eine vollständige Adresse mit https:// eingeben."],
  [/^Ungültige Option/, () => "Bitte einen Wert aus der Liste wählen."],
  // The code lists' own messages ("Unbekannter Grund; möglich: plan-completed, …") name codes.
  [/^Unbekannte[rs]? [^;]{2,40}; möglich: /, () => "Bitte einen Wert aus der Liste wählen."],
];

export function friendly(message: string): string {
  for (const [pattern, text] of RULES) {
    const m = pattern.exec(message);
    if (m) return text(m);
  }
  return message;
}
