/** German formatting of dates, numbers and distances. */
const dateFormat = new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric" });
const numberFormat = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 });

/** "2026-12-01" or an ISO instant → "01.12.2026". */
export function date(value: string | undefined): string {
  if (!value) return "";
  const d = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? value : dateFormat.format(d);
}

const timeFormat = new Intl.DateTimeFormat("de-DE", { hour: "2-digit", minute: "2-digit" });
const dayOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();

/** An instant as "heute 09:14", "gestern 17:02" or "03.12.2026, 09:14" (local time). */
export function dateTime(value: string, now = new Date()): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const days = Math.round((dayOf(now) - dayOf(d)) / 86_400_000);
  const day = days === 0 ? "heute" : days === 1 ? "gestern" : `${dateFormat.format(d)},`;
  return `${day} ${timeFormat.format(d)}`;
}

export const num = (value: number) => numberFormat.format(value);
export const km = (value: number | null | undefined) => (value == null ? "online" : `${num(value)} km`);
export const percent = (score: number) => `${Math.round(score * 100)} %`;

/** Today as yyyy-mm-dd (local time), for date inputs. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Seats of a mentoring place as text. */
export function seats(capacity: number, accepted: number): string {
  const free = Math.max(0, capacity - accepted);
  return `${accepted} von ${capacity} belegt · ${free} frei`;
}

/** "2026-11" → "November 2026": periods read as words, not as ISO months. */
export const monthName = (month: string): string =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString("de-DE", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
