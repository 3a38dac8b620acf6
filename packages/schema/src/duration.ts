/** ISO 8601 durations (PnYnMnWnDTnHnMnS), compared by their length in days. */
import { perText } from './reference/per-text.js';

const DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

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
  const [years, months, weeks, days, hours, minutes, seconds] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
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
 * is malformed or has a number over 1,000 digits. Years and months vary by a day between
 * calendars (P1Y is 365 or 366 days, P1M 28 to 31), so durations that use them count as equal
 * within one day: P1Y = P12M = P365D. Exact at any size: lengths are counted in whole seconds
 * as BigInts (a mean Gregorian year is exactly 31,556,952 s), so P9…9Y (400 nines) and
 * P9…98Y differ, where floating point would call both Infinity.
 */
export function compareDurations(a: string, b: string): number | undefined {
  const left = lengthInSeconds(a);
  const right = lengthInSeconds(b);
  if (!left || !right) return undefined;
  const difference = left.seconds - right.seconds;
  const tolerance = left.calendar || right.calendar ? DAY : 1n;
  const magnitude = difference < 0n ? -difference : difference;
  return magnitude < tolerance ? 0 : difference < 0n ? -1 : 1;
}

/** Whether `text` is a duration longer than `years` mean Gregorian years (undefined when malformed). */
export function durationExceedsYears(text: string, years: number): boolean | undefined {
  const length = lengthInSeconds(text);
  return length && length.seconds > BigInt(years) * UNIT_SECONDS[0];
}

const DAY = 86_400n;
/** Seconds per year, month, week, day, hour, minute and second: Gregorian means for the first two. */
const UNIT_SECONDS = [31_556_952n, 2_629_746n, 604_800n, DAY, 3_600n, 60n, 1n] as const;
/** More digits than this are not compared: BigInt parsing grows faster than linearly. */
const MAX_DIGITS = 1_000;

/** Remembered per text: a declaration gives the same few periods on many purposes. */
const lengthInSeconds = perText(secondsIn);

function secondsIn(text: string): { seconds: bigint; calendar: boolean } | undefined {
  const match = DURATION.exec(text);
  if (!match) return undefined;
  let seconds = 0n;
  let calendar = false;
  for (const [index, part] of match.slice(1).entries()) {
    if (part === undefined) continue;
    if (part.length > MAX_DIGITS) return undefined;
    const count = BigInt(part);
    seconds += count * UNIT_SECONDS[index]!;
    if (index < 2 && count > 0n) calendar = true;
  }
  return { seconds, calendar };
}

/** A duration's components and their English unit names (also Intl's unit identifiers). */
export type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';
export const DURATION_UNITS: readonly [keyof Duration, DurationUnit][] = [
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
  const parts = DURATION_UNITS.filter(([unit]) => duration[unit] > 0).map(
    ([unit, word]) => `${duration[unit]} ${word}${duration[unit] === 1 ? '' : 's'}`,
  );
  if (parts.length === 0) return text;
  const words =
    parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  return `${words} (${text})`;
}
