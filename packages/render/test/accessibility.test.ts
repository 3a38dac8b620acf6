// WCAG 2.2 AA in a real browser: Debian's Chromium driven by playwright-core, checked by axe-core
// injected into each rendered notice. A missing Chromium fails the test: it is never skipped.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNotice } from '../src/index.js';
import { examples } from '../src/test-support/examples.js';

const CHROMIUM = process.env.PRIVACYSPEC_CHROMIUM ?? '/usr/bin/chromium';
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const LANGUAGES = ['sv', 'en', 'de'] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium), as .ci/run does, or set PRIVACYSPEC_CHROMIUM to its path.`,
    );
  }
  browser = await chromium.launch({ executablePath: CHROMIUM });
});

afterAll(async () => {
  await browser?.close();
});

async function axeViolations(html: string): Promise<AxeViolation[]> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    return await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      });
      return result.violations.map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        nodes: nodes.map(({ target }) => ({ target })),
      }));
    });
  } finally {
    await page.close();
  }
}

const cases = examples().flatMap(({ name, declaration }) =>
  LANGUAGES.map((lang) => ({ name, lang, declaration })),
);

describe('rendered notices in Chromium with axe-core', () => {
  it('covers every example in three languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6 * LANGUAGES.length);
  });

  it.each(cases)(
    '$name in $lang: no serious or critical WCAG 2.2 AA violation',
    async ({ declaration, lang }) => {
      const violations = await axeViolations(renderNotice(declaration, { format: 'html', lang }));
      const severe = violations.filter(
        (violation) => violation.impact === 'serious' || violation.impact === 'critical',
      );
      expect(severe, JSON.stringify(severe, null, 2)).toEqual([]);
    },
  );

  it('detects a violation when there is one (the check can fail)', async () => {
    const violations = await axeViolations(
      '<!DOCTYPE html><html><head><title>x</title></head><body><main><img src="data:,"><p style="color:#eee;background:#fff">faint</p></main></body></html>',
    );
    expect(violations.map((violation) => violation.id)).toEqual(
      expect.arrayContaining(['html-has-lang', 'image-alt', 'color-contrast']),
    );
  });

  it('shows a hostile purpose name as text: no element is created from it', async () => {
    const { declaration } = examples()[0]!;
    const hostile = '<img src=x onerror=alert(1)>';
    const html = renderNotice(
      { ...declaration, purposes: [{ id: 'hostile', name: hostile }] },
      { format: 'html', lang: 'en' },
    );
    const page = await browser.newPage();
    try {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.setContent(html, { waitUntil: 'load' });
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('#purpose-hostile').textContent()).toBe(hostile);
      expect(dialogs).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
