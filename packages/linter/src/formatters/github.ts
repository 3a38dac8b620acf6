import type { LintMessage } from '../types.js';
import { escapeControlCharacters } from './control-characters.js';
import { relativePath } from './relative-path.js';
import type { Formatter } from './types.js';

/**
 * GitHub Actions workflow commands, one line per finding, which the runner turns into
 * annotations on the changed lines:
 *
 *     ::error file=privacy.yaml,line=3,col=5,endLine=3,endColumn=12,title=dpo-contact::message
 *
 * Escaping is exactly @actions/core's (`escapeData` for the message, `escapeProperty` for the
 * values), so a message or a path cannot end the command early or start a second one; other
 * control characters are then written as visible escapes (the log renders ANSI sequences). As
 * @actions/core documents for annotations, `col` and `endColumn` are left out when the finding
 * spans several lines; empty values are left out as @actions/core leaves them out.
 */
export const github: Formatter = (results, context) => {
  let out = '';
  for (const result of results) {
    const file = relativePath(result.filePath, context.cwd);
    for (const message of result.messages) out += `${command(file, message)}\n`;
  }
  return out;
};

function command(file: string, message: LintMessage): string {
  const oneLine = message.endLine === message.line;
  const properties: Array<[string, string | number | undefined]> = [
    ['file', file],
    ['line', message.line],
    ['col', oneLine ? message.column : undefined],
    ['endLine', message.endLine],
    ['endColumn', oneLine ? message.endColumn : undefined],
    ['title', message.ruleId],
  ];
  const list = properties
    .filter(
      (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '',
    )
    .map(([key, value]) => `${key}=${escapeControlCharacters(escapeProperty(String(value)))}`)
    .join(',');
  return `::${message.severity === 'error' ? 'error' : 'warning'}${list ? ` ${list}` : ''}::${escapeControlCharacters(escapeData(message.message))}`;
}

/** @actions/core's escapeData: the message after `::`. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @actions/core's escapeProperty: a `key=value` before `::`, where `:` and `,` delimit. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
