import { relativePath } from '../formatters/relative-path.js';
import { plural } from '../plural.js';
import type { Review } from './index.js';
import { RISK_ORDER, verdict } from './verdict.js';

/** Plain text for a terminal: a verdict per file, the changes by risk, then findings. */
export function renderReviewText(reviews: readonly Review[], cwd: string, color: { red: (s: string) => string; yellow: (s: string) => string; dim: (s: string) => string; bold: (s: string) => string }): string {
  let output = '';
  for (const review of reviews) {
    const moved = review.previousPath !== undefined ? ` (renamed from ${relativePath(review.previousPath, cwd)})` : '';
    output += `\n${color.bold(relativePath(review.filePath, cwd))}${moved}\n  ${verdict([review])}\n`;
    if (review.problem) output += `  ${color.red(review.problem.message)}\n`;
    for (const risk of RISK_ORDER) {
      for (const change of review.changes.filter((c) => c.risk === risk)) {
        const label = risk === 'high' ? color.red('high  ') : risk === 'medium' ? color.yellow('medium') : color.dim('low   ');
        output += `  ${label}  ${change.message}  ${color.dim(`${change.kind} ${change.path}`)}\n`;
      }
    }
    for (const [title, messages] of [['New findings', review.introduced], ['Fixed findings', review.resolved]] as const) {
      if (messages.length === 0) continue;
      output += `  ${title}:\n`;
      for (const m of messages) output += `    ${m.line}:${m.column}  ${m.severity}  ${m.message}  ${color.dim(m.ruleId)}\n`;
    }
    if (review.unchanged.length > 0) output += `  ${color.dim(`${review.unchanged.length} unchanged ${plural(review.unchanged.length, 'finding')} (on both versions).`)}\n`;
  }
  return output;
}
