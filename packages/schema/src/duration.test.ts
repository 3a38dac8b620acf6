import { describe, expect, it } from 'vitest';
import schema from '../privacyspec.schema.json' with { type: 'json' };
import {
  compareDurations,
  durationExceedsYears,
  durationForPeople,
  durationInDays,
  parseDuration,
} from './duration.js';

describe('parseDuration', () => {
  it('reads every ISO 8601 designator', () => {
    expect(parseDuration('P1Y2M3W4DT5H6M7S')).toEqual({
      years: 1,
      months: 2,
      weeks: 3,
      days: 4,
      hours: 5,
      minutes: 6,
      seconds: 7,
    });
    expect(parseDuration('P24M')).toEqual({
      years: 0,
      months: 24,
      weeks: 0,
      days: 0,
      hours: 0,
      minutes: 0,
      seconds: 0,
    });
    expect(parseDuration('PT36H')).toMatchObject({ days: 0, hours: 36 });
    // M before T is months, after T minutes.
    expect(parseDuration('P1MT1M')).toMatchObject({ months: 1, minutes: 1 });
  });

  it.each([
    '',
    'P',
    'PT',
    'P1YT',
    '24 months',
    'P24',
    'p24m',
    'P1.5Y',
    'P-1Y',
    'P1M1Y',
    'P1D1W',
    ' P1Y',
    'P1Y ',
    'T1H',
    '24M',
  ])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it('accepts exactly what the schema pattern accepts', () => {
    const pattern = new RegExp(schema.$defs.retention.properties.duration.pattern);
    for (const text of [
      'P1Y',
      'P24M',
      'P30D',
      'P2W',
      'PT1H',
      'P1YT1S',
      'P1Y2M3W4DT5H6M7S',
      '',
      'P',
      'PT',
      'P1YT',
      '24 months',
      'P1.5Y',
      'P1M1Y',
    ]) {
      expect(parseDuration(text) !== undefined, text).toBe(pattern.test(text));
    }
  });
});

describe('durationInDays', () => {
  it('uses Gregorian mean years and months', () => {
    expect(durationInDays(parseDuration('P1Y')!)).toBe(365.2425);
    expect(durationInDays(parseDuration('P12M')!)).toBeCloseTo(365.2425, 9);
    expect(durationInDays(parseDuration('P2W')!)).toBe(14);
    expect(durationInDays(parseDuration('PT36H')!)).toBe(1.5);
    expect(durationInDays(parseDuration('PT1440M')!)).toBe(1);
    expect(durationInDays(parseDuration('PT86400S')!)).toBe(1);
  });
});

describe('compareDurations', () => {
  it('P1Y = P12M = P365D = P366D (calendar years vary by a day)', () => {
    expect(compareDurations('P1Y', 'P12M')).toBe(0);
    expect(compareDurations('P12M', 'P1Y')).toBe(0);
    expect(compareDurations('P1Y', 'P365D')).toBe(0);
    expect(compareDurations('P12M', 'P365D')).toBe(0);
    expect(compareDurations('P1Y', 'P366D')).toBe(0);
    expect(compareDurations('P7Y', 'P84M')).toBe(0);
  });

  it('P2Y is longer than P18M, and the other way round', () => {
    expect(compareDurations('P2Y', 'P18M')).toBe(1);
    expect(compareDurations('P18M', 'P2Y')).toBe(-1);
    expect(compareDurations('P24M', 'P25M')).toBe(-1);
  });

  it('P30D and P1M count as equal; P1M and P32D do not', () => {
    expect(compareDurations('P30D', 'P1M')).toBe(0);
    expect(compareDurations('P1M', 'P31D')).toBe(0);
    expect(compareDurations('P1M', 'P32D')).toBe(-1);
    expect(compareDurations('P1M', 'P29D')).toBe(1);
  });

  it('without years or months there is no tolerance: P1D > PT1H, P1D = PT24H, P1W = P7D', () => {
    expect(compareDurations('P1D', 'PT1H')).toBe(1);
    expect(compareDurations('PT1H', 'P1D')).toBe(-1);
    expect(compareDurations('P1D', 'PT24H')).toBe(0);
    expect(compareDurations('P1D', 'PT23H')).toBe(1);
    expect(compareDurations('P1W', 'P7D')).toBe(0);
    expect(compareDurations('P1W', 'P6D')).toBe(1);
    expect(compareDurations('PT1M', 'PT60S')).toBe(0);
  });

  it('is undefined when either side is malformed', () => {
    expect(compareDurations('24 months', 'P24M')).toBeUndefined();
    expect(compareDurations('P24M', 'two years')).toBeUndefined();
    expect(compareDurations('P', 'P')).toBeUndefined();
    expect(compareDurations('', 'P1Y')).toBeUndefined();
  });

  it('is exact at any size: numbers past floating point still compare', () => {
    const nines = '9'.repeat(400);
    expect(compareDurations(`P${nines}Y`, `P${nines.slice(1)}8Y`)).toBe(1);
    expect(compareDurations(`P${nines}Y`, `P${nines}Y`)).toBe(0);
    expect(compareDurations(`P${nines}D`, `P${nines}DT1S`)).toBe(-1);
    expect(compareDurations('PT9007199254740993S', 'PT9007199254740992S')).toBe(1);
  });

  it('does not compare numbers over 1,000 digits (parsing them grows faster than linearly)', () => {
    expect(compareDurations(`P${'9'.repeat(1001)}Y`, 'P1Y')).toBeUndefined();
  });
});

describe('durationExceedsYears', () => {
  it('is true past the given number of mean years', () => {
    expect(durationExceedsYears('P100Y', 100)).toBe(false);
    expect(durationExceedsYears('P1200M', 100)).toBe(false);
    expect(durationExceedsYears('P100YT1S', 100)).toBe(true);
    expect(durationExceedsYears('P36524D', 100)).toBe(false);
    expect(durationExceedsYears('P36525D', 100)).toBe(true);
    expect(durationExceedsYears(`P${'9'.repeat(400)}Y`, 100)).toBe(true);
    expect(durationExceedsYears('forever', 100)).toBeUndefined();
  });
});

describe('durationForPeople', () => {
  it.each([
    ['P26M', '26 months (P26M)'],
    ['P1Y', '1 year (P1Y)'],
    ['P1Y6M', '1 year and 6 months (P1Y6M)'],
    ['P2Y3M10D', '2 years, 3 months and 10 days (P2Y3M10D)'],
    ['PT12H', '12 hours (PT12H)'],
    ['P0D', 'P0D'],
    ['two years', 'two years'],
  ])('%s reads as %s', (iso, words) => {
    expect(durationForPeople(iso)).toBe(words);
  });
});
