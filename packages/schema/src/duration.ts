/** ISO 8601 durations (PnYnMnWnDTnHnMnS), compared by their length in days. */

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export function parseDuration(text: string): Duration | undefined {
  const match = DURATION.exec(text);
  if (!match) return undefined;
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  return {
    years: years ?? 0,
    months: months ?? 0,
    weeks: weeks ?? 0,
    days: days ?? 0,
    hours: hours ?? 0,
    minutes: minutes ?? 0,
    seconds: seconds ?? 0,
  };
}

/**
 * Mean length in days: a year is 365.2425 days and a month a twelfth of it (the Gregorian
 * means), so P1Y = P12M exactly and P365D is a quarter of a day shorter than P1Y.
 */
export function durationInDays(duration: Duration): number {
  const year = 365.2425;
  return (
    duration.years * year +
    duration.months * (year / 12) +
    duration.weeks * 7 +
    duration.days +
    duration.hours / 24 +
    duration.minutes / 1440 +
    duration.seconds / 86400
  );
}

/**
 * Negative when a is shorter, 0 when as long, positive when longer; undefined when either
 * is malformed. Years and months vary by a day between calendars (P1Y is 365 or 366 days,
 * P1M 28 to 31), so durations that use them count as equal within one day: P1Y = P12M = P365D.
 */
export function compareDurations(a: string, b: string): number | undefined {
  const left = parseDuration(a);
  const right = parseDuration(b);
  if (!left || !right) return undefined;
  const calendarDependent = [left, right].some((d) => d.years > 0 || d.months > 0);
  const tolerance = calendarDependent ? 1 : 1e-9;
  const difference = durationInDays(left) - durationInDays(right);
  return Math.abs(difference) < tolerance ? 0 : Math.sign(difference);
}

const UNITS: readonly [keyof Duration, string][] = [
  ['years', 'year'],
  ['months', 'month'],
  ['weeks', 'week'],
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['seconds', 'second'],
];

/** A duration in words beside its ISO form, for people: "26 months (P26M)"; a malformed one as it is. */
export function durationForPeople(text: string): string {
  const duration = parseDuration(text);
  if (!duration) return text;
  const parts = UNITS.filter(([unit]) => duration[unit] > 0).map(([unit, word]) => `${duration[unit]} ${word}${duration[unit] === 1 ? '' : 's'}`);
  if (parts.length === 0) return text;
  const words = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  return `${words} (${text})`;
}
