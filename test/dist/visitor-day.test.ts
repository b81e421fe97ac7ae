// Relative dates count calendar days in the visitor's time zone. A date-only `datePosted` is a
// calendar day: a job dated today reads "today" in Tokyo at 08:00 (still yesterday in UTC) and in
// Los Angeles at 17:00 (already tomorrow in UTC). Against the built bundle in Chromium, with the
// time zone and the clock pinned per browser context; runs after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answer, bundleSite } from './bundle-page.js';

// Titles say what each date is; the cards are read by title.
const DATES: Record<string, string> = {
  'dated 10 March': '2026-03-10',
  'dated 9 March': '2026-03-09',
  'at 14:00 UTC on 9 March': '2026-03-09T14:00:00Z',
  'at 16:00 UTC on 9 March': '2026-03-09T16:00:00Z',
  'at 23:30 UTC on 10 March': '2026-03-10T23:30:00Z',
};
const FEED = JSON.stringify({
  version: 1,
  jobs: Object.entries(DATES).map(([title, datePosted], i) => ({ id: `job-${i}`, title, datePosted, html: '' })),
});

const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Careers</title><script type="module" src="/cdn/job-widgets.js"></script></head>
  <body><job-list src="/jobs.json" no-filters></job-list></body>
</html>`;

const site = bundleSite({ '/jobs.json': answer('json', FEED), '/': answer('html', PAGE) });

/** The relative date on each card, by title, for a visitor in `timezoneId` at `now`. */
async function datesSeen(timezoneId: string, now: string): Promise<Record<string, string>> {
  const context = await site.browser.newContext({ timezoneId, locale: 'en-US' });
  await context.clock.setFixedTime(new Date(now));
  const page = await context.newPage();
  await page.goto(`${site.server.url}/`);
  await page.locator('job-list job-card [part~="date"]').nth(Object.keys(DATES).length - 1).waitFor();
  const seen = await page.locator('job-list job-card').evaluateAll((cards) =>
    Object.fromEntries(
      cards.map((card) => [
        card.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim(),
        card.shadowRoot!.querySelector('[part~="date"]')!.textContent!.trim(),
      ]),
    ),
  );
  await context.close();
  return seen;
}

test('Tokyo at 08:00 on 10 March (23:00 UTC on 9 March): today is 10 March', async () => {
  assert.deepEqual(await datesSeen('Asia/Tokyo', '2026-03-09T23:00:00Z'), {
    'dated 10 March': 'today',
    'dated 9 March': 'yesterday',
    // 23:00 on 9 March in Tokyo; 01:00 on 10 March; 08:30 on 11 March (after now: tomorrow).
    'at 14:00 UTC on 9 March': 'yesterday',
    'at 16:00 UTC on 9 March': 'today',
    'at 23:30 UTC on 10 March': 'tomorrow',
  });
});

test('Los Angeles at 17:00 on 10 March (00:00 UTC on 11 March): today is 10 March', async () => {
  assert.deepEqual(await datesSeen('America/Los_Angeles', '2026-03-11T00:00:00Z'), {
    'dated 10 March': 'today',
    'dated 9 March': 'yesterday',
    // 07:00 and 09:00 on 9 March in Los Angeles; 16:30 on 10 March.
    'at 14:00 UTC on 9 March': 'yesterday',
    'at 16:00 UTC on 9 March': 'yesterday',
    'at 23:30 UTC on 10 March': 'today',
  });
});

test('a calendar day is one day across a change of daylight saving time (Los Angeles, 8 March)', async () => {
  // 00:30 on 9 March in Los Angeles; 8 March had 23 hours there.
  const seen = await datesSeen('America/Los_Angeles', '2026-03-09T07:30:00Z');
  assert.equal(seen['dated 9 March'], 'today');
  assert.equal(seen['dated 10 March'], 'tomorrow');
});

test('in UTC the same feed reads by UTC days (the baseline)', async () => {
  assert.deepEqual(await datesSeen('UTC', '2026-03-10T12:00:00Z'), {
    'dated 10 March': 'today',
    'dated 9 March': 'yesterday',
    'at 14:00 UTC on 9 March': 'yesterday',
    'at 16:00 UTC on 9 March': 'yesterday',
    'at 23:30 UTC on 10 March': 'today',
  });
});
