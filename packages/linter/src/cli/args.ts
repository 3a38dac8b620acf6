import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closestMatch } from '@privacyspec/schema';
import { CliError } from '../node/errors.js';

export interface ParsedArgs<T> {
  values: T;
  positionals: string[];
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util's parseArgs, with unknown flags turned into a one-line reason and a did-you-mean. */
export function parseCommandArgs<T extends Options>(
  argv: string[],
  options: T,
  command: string,
): ParsedArgs<
  ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>['values']
> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = /Unknown option '(--?[^']+)'/.exec(message)?.[1];
    if (flag) {
      const known = Object.keys(options).map((name) => `--${name}`);
      const suggestion = closestMatch(flag.split('=')[0] ?? flag, known);
      throw new CliError(
        `Unknown option ${flag} for "privacyspec ${command}".${suggestion ? ` Did you mean ${suggestion}?` : ''} See "privacyspec ${command} --help".`,
      );
    }
    throw new CliError(`${message.replace(/\.$/, '')}. See "privacyspec ${command} --help".`);
  }
}

export function parseCount(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`${flag} takes a whole number, not "${value}".`);
  return Number(value);
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const suggestion = closestMatch(value, allowed);
  throw new CliError(
    `${flag} must be one of ${allowed.join(', ')}, not "${value}".${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
  );
}
