import type { Review } from './index.js';

export const RISK_ORDER = ['high', 'medium', 'low'] as const;
export type Risk = (typeof RISK_ORDER)[number];

/** Whether any change reaches `threshold` ('never' never does). */
export function reachesRisk(reviews: readonly Review[], threshold: Risk | 'never'): boolean {
  if (threshold === 'never') return false;
  const limit = RISK_ORDER.indexOf(threshold);
  return reviews.some((r) => r.changes.some((c) => RISK_ORDER.indexOf(c.risk) <= limit));
}

/** One line a reviewer reads first. */
export function verdict(reviews: readonly Review[]): string {
  const count = (risk: Risk) => reviews.reduce((n, r) => n + r.changes.filter((c) => c.risk === risk).length, 0);
  const introduced = reviews.reduce((n, r) => n + r.introduced.length, 0);
  const resolved = reviews.reduce((n, r) => n + r.resolved.length, 0);
  const total = count('high') + count('medium') + count('low');
  const incomparable = reviews.filter((r) => r.problem !== undefined).length;
  const parts: string[] = [];
  // A version that does not load is never "no change".
  if (incomparable > 0) parts.push(`Could not compare ${incomparable} ${incomparable === 1 ? 'declaration' : 'declarations'} (a version does not load)`);
  if (total > 0) parts.push(`${total} ${total === 1 ? 'change' : 'changes'} in data handling (${count('high')} high, ${count('medium')} medium, ${count('low')} low risk)`);
  else if (incomparable === 0) parts.push('No change in data handling');
  if (introduced > 0) parts.push(`${introduced} new ${introduced === 1 ? 'finding' : 'findings'}`);
  if (resolved > 0) parts.push(`${resolved} fixed`);
  return `${count('high') > 0 ? 'High-risk change: ' : ''}${parts.join('; ')}.`;
}
