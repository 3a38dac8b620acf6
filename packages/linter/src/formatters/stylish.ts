import { escapeControlCharacters } from './control-characters.js';
import { relativePath } from './relative-path.js';
import { textStyles } from './text-styles.js';
import type { Formatter } from './types.js';
import { plural } from '../plural.js';

/** ESLint's stylish: findings grouped per file, `line:column  severity  message  rule-id`, then a total. */
export const stylish: Formatter = (results, context) => {
  const colors = textStyles(context.color);
  let output = '';
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixable += result.fixableErrorCount + result.fixableWarningCount;
    output += `\n${colors.underline(escapeControlCharacters(relativePath(result.filePath, context.cwd)))}\n`;
    const rows = result.messages.map((m) => [
      `  ${m.line}:${m.column}`,
      m.severity === 'error' ? colors.red('error') : colors.yellow('warning'),
      escapeControlCharacters(m.message.replace(/\n/g, ' ')),
      colors.dim(m.ruleId),
    ]);
    const width = (column: number) =>
      Math.max(...rows.map((row) => visibleLength(row[column] ?? '')));
    const positionWidth = width(0);
    const severityWidth = width(1);
    for (const [position = '', severity = '', message, ruleId] of rows) {
      output += `${position.padEnd(positionWidth)}  ${padVisible(severity, severityWidth)}  ${message}  ${ruleId}\n`;
    }
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `\u2716 ${total} ${plural(total, 'problem')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')})`;
  output += `\n${errors > 0 ? colors.bold(colors.red(summary)) : colors.bold(colors.yellow(summary))}\n`;
  if (fixable > 0) {
    output += colors.bold(
      colors.red(`  ${fixable} ${plural(fixable, 'problem')} fixable with the \`--fix\` option.\n`),
    );
  }
  return output;
};

function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex -- strips ANSI colour codes to measure columns
  return text.replace(/\u001b\[[0-9;]*m/g, '').length;
}

function padVisible(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleLength(text)));
}
