// Writes docs/img/notice-model-sv.png, the README's screenshot: examples/model rendered in
// Swedish (its language) and photographed by Debian's Chromium. Run after a build: node scripts/screenshot.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { load } from '@privacyspec/schema';
import { chromium } from 'playwright-core';
import { renderNotice } from '../dist/index.js';

const root = new URL('../../../', import.meta.url);
const { declaration } = load(readFileSync(new URL('examples/model/privacy.yaml', root), 'utf8'));
if (!declaration) throw new Error('examples/model/privacy.yaml does not load');
const browser = await chromium.launch({
  executablePath: process.env.PRIVACYSPEC_CHROMIUM ?? '/usr/bin/chromium',
});
try {
  const page = await browser.newPage({
    viewport: { width: 960, height: 1100 },
    deviceScaleFactor: 1,
  });
  await page.setContent(renderNotice(declaration, { format: 'html', lang: 'sv' }), {
    waitUntil: 'load',
  });
  writeFileSync(
    new URL('docs/img/notice-model-sv.png', root),
    await page.screenshot({ fullPage: false }),
  );
} finally {
  await browser.close();
}
