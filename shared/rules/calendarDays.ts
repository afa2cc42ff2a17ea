/**
 * Calendar arithmetic on plain 'YYYY-MM-DD' and 'YYYY-MM-DDTHH:MM' text (the
 * admin's wall clock, no time zone). Pure: no clock is read here.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SESSION = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** True for a real calendar day ('2024-02-30' is not). */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function toUtc(date: string): Date {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function fromUtc(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** Every day from start to end, both included. */
export function daysOf(start: string, end: string): string[] {
  const out: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The same day moved by whole years; 29 February becomes 28 February in a common year. */
export function shiftYears(date: string, years: number): string {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  const y = Number(m[1]) + years;
  const candidate = `${y}-${m[2]}-${m[3]}`;
  return isCalendarDate(candidate) ? candidate : `${y}-${m[2]}-28`;
}

/** A session's day and time ('2024-10-28T08:30' → ['2024-10-28', '08:30']), or null when malformed. */
export function splitSession(at: string): { date: string; time: string } | null {
  const m = SESSION.exec(at);
  if (!m || !isCalendarDate(m[1]!)) return null;
  return { date: m[1]!, time: m[2]! };
}

/** 'HH:MM' plus minutes, as 'HH:MM' (for showing when a session ends). */
export function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(Math.floor(total / 60) % 24)}:${p(total % 60)}`;
}

export function inRange(date: string, range: { start: string; end: string }): boolean {
  return date >= range.start && date <= range.end;
}
