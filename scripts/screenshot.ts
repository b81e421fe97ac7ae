// Takes screenshots of a page in headless Chromium: `tsx scripts/screenshot.ts <url> <out.png> [width] [height]`.
import { chromium } from 'playwright-core';

const [url, out, width = '1280', height = '1600'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: tsx scripts/screenshot.ts <url> <out.png> [width] [height]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (message) => { if (message.type() === 'error') console.error('console error:', message.text()); });
page.on('pageerror', (error) => console.error('page error:', error.message));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: false });
await browser.close();
