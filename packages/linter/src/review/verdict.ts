import { plural } from '../plural.js';
import type { Review } from './index.js';

export const RISK_ORDER = ['high', 'medium', 'low'] as const;
export type Risk = (typeof RISK_ORDER)[number];

/** How many changes are at `threshold` risk or above ('never': none). */
export function changesAtRisk(reviews: readonly Review[], threshold: Risk | 'never'): number {
  if (threshold === 'never') return 0;
  const limit = RISK_ORDER.indexOf(threshold);
  return reviews.reduce(
    (n, r) => n + r.changes.filter((c) => RISK_ORDER.indexOf(c.risk) <= limit).length,
    0,
  );
}

/** Whether any change reaches `threshold` ('never' never does). */
export function reachesRisk(reviews: readonly Review[], threshold: Risk | 'never'): boolean {
  return changesAtRisk(reviews, threshold) > 0;
}

/** One line a reviewer reads first. */
export function verdict(reviews: readonly Review[]): string {
  const count = (risk: Risk) =>
    reviews.reduce((n, r) => n + r.changes.filter((c) => c.risk === risk).length, 0);
  const introduced = reviews.reduce((n, r) => n + r.introduced.length, 0);
  const resolved = reviews.reduce((n, r) => n + r.resolved.length, 0);
  const total = count('high') + count('medium') + count('low');
  const incomparable = reviews.filter((r) => r.problem !== undefined).length;
  const parts: string[] = [];
  // A version that does not load is never "no change".
  if (incomparable > 0)
    parts.push(
      `Could not compare ${incomparable} ${plural(incomparable, 'declaration')} (a version does not load)`,
    );
  if (total > 0)
    parts.push(
      `${total} ${plural(total, 'change')} in data handling (${count('high')} high, ${count('medium')} medium, ${count('low')} low risk)`,
    );
  else if (incomparable === 0) parts.push('No change in data handling');
  if (introduced > 0) parts.push(`${introduced} new ${plural(introduced, 'finding')}`);
  if (resolved > 0) parts.push(`${resolved} fixed`);
  return `${count('high') > 0 ? 'High-risk change: ' : ''}${parts.join('; ')}.`;
}
