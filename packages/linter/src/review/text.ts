import { escapeControlCharacters as shown } from '../formatters/control-characters.js';
import { relativePath } from '../formatters/relative-path.js';
import type { TextStyles } from '../formatters/text-styles.js';
import { plural } from '../plural.js';
import type { Review } from './index.js';
import { RISK_ORDER, verdict } from './verdict.js';

/** Plain text for a terminal: a verdict per file, the changes by risk, then findings. Text from a declaration is `shown` with its control characters escaped. */
export function renderReviewText(
  reviews: readonly Review[],
  cwd: string,
  color: TextStyles,
): string {
  let output = '';
  for (const review of reviews) {
    const moved =
      review.previousPath !== undefined
        ? ` (renamed from ${shown(relativePath(review.previousPath, cwd))})`
        : '';
    output += `
${color.bold(shown(relativePath(review.filePath, cwd)))}${moved}
  ${verdict([review])}
`;
    if (review.problem)
      output += `  ${color.red(shown(review.problem.message))}
`;
    for (const risk of RISK_ORDER) {
      for (const change of review.changes.filter((c) => c.risk === risk)) {
        const label =
          risk === 'high'
            ? color.red('high  ')
            : risk === 'medium'
              ? color.yellow('medium')
              : color.dim('low   ');
        output += `  ${label}  ${shown(change.message)}  ${color.dim(shown(`${change.kind} ${change.path}`))}\n`;
      }
    }
    for (const [title, messages] of [
      ['New findings', review.introduced],
      ['Fixed findings', review.resolved],
    ] as const) {
      if (messages.length === 0) continue;
      output += `  ${title}:\n`;
      for (const m of messages)
        output += `    ${m.line}:${m.column}  ${m.severity}  ${shown(m.message)}  ${color.dim(m.ruleId)}\n`;
    }
    if (review.unchanged.length > 0)
      output += `  ${color.dim(`${review.unchanged.length} unchanged ${plural(review.unchanged.length, 'finding')} (on both versions).`)}\n`;
  }
  return output;
}
