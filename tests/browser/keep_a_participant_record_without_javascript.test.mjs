// The same record kept in a browser where JavaScript is off (or htmx failed to load): every
// step is a plain link or form submission.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, signOut, expectNoAxeViolationsInHtml, expectNoBrowserErrors} from './support.mjs';

// The register holds the demo's 50 participants alone (no applicants, nobody informed), so
// that the pages of the list can be counted.
const app = useApp({applicationsPerYear: 0, informedPerYear: 0});

test('without JavaScript, a coordinator adds a participant, searches for her and notes a meeting', async () => {
  const page = await app.newPage({javaScriptEnabled: false});

  await page.goto('/login');
  await expectNoAxeViolationsInHtml(app, page, 'sign-in page without JavaScript');
  await signIn(page, 'coordinator');

  await page.getByRole('link', {name: 'Find a participant'}).click();
  await page.waitForURL((url) => url.pathname === '/participants');
  await page.getByRole('button', {name: 'Add a participant'}).click();
  await page.waitForURL((url) => url.pathname === '/participants/new');

  // Sent with mistakes: the first name is missing and the postcode is not Belgian.
  await page.getByLabel('Last name').fill('Vanderstraeten');
  await page.getByLabel('Postcode').fill('75011');
  await page.getByLabel('Nationality').selectOption({label: 'Belgium'});
  await page.getByRole('group', {name: 'Language for letters and messages'}).getByLabel('Nederlands').check();
  const [rejected] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST'),
    page.getByRole('button', {name: 'Save'}).click(),
  ]);
  assert.equal(rejected.status(), 422);
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  assert.equal(await page.title(), 'Error: Add a participant – Tremplin');
  assert.deepEqual(await page.locator('.error-summary').getByRole('link').allTextContents(),
                   ['Enter the first name', 'Enter a Belgian postcode of 4 digits, like 1030']);
  assert.equal(await page.locator('#first_name-error').textContent(), 'Error: Enter the first name');
  assert.equal(await page.locator('#postcode-error').textContent(),
               'Error: Enter a Belgian postcode of 4 digits, like 1030');
  assert.equal(await page.getByLabel('Last name').inputValue(), 'Vanderstraeten');
  assert.equal(await page.getByLabel('Postcode').inputValue(), '75011');
  assert.equal(await page.getByLabel('Nationality').inputValue(), 'BE');
  assert.ok(await page.getByRole('group', {name: 'Language for letters and messages'}).getByLabel('Nederlands').isChecked());
  await expectNoAxeViolationsInHtml(app, page, 'new participant form with errors, without JavaScript');

  await page.getByLabel('First name').fill('Ann-Sofie');
  await page.getByLabel('Postcode').fill('1080');
  await page.getByRole('button', {name: 'Save'}).click();
  await page.waitForURL(/\/participants\/\d+\?notice=created$/);
  const recordPath = new URL(page.url()).pathname;
  await page.getByRole('heading', {level: 1, name: 'Ann-Sofie Vanderstraeten'}).waitFor();
  await page.getByRole('status').filter({hasText: 'The participant has been added.'}).waitFor();
  await expectNoAxeViolationsInHtml(app, page, 'new record without JavaScript');

  // The search form is sent with the button.
  await page.getByRole('link', {name: 'All participants'}).click();
  await page.waitForURL((url) => url.pathname === '/participants');
  await page.getByLabel('Search').fill('vanderstraeten');
  await page.getByRole('button', {name: 'Search', exact: true}).click();
  await page.waitForURL((url) => url.searchParams.get('q') === 'vanderstraeten');
  await page.getByRole('status').filter({hasText: '1 participant matches “vanderstraeten”'}).waitFor();
  assert.equal(await page.getByLabel('Search').inputValue(), 'vanderstraeten');
  assert.deepEqual(await page.locator('#participant-results tbody tr td:first-child').allTextContents(),
                   ['Vanderstraeten, Ann-Sofie']);
  await expectNoAxeViolationsInHtml(app, page, 'search results without JavaScript');

  // Sorted by the most recently updated, she comes first.
  await page.getByLabel('Search').fill('');
  await page.getByLabel('Sort by').selectOption({label: 'Recently updated'});
  await page.getByRole('button', {name: 'Search', exact: true}).click();
  await page.waitForURL((url) => url.searchParams.get('sort') === 'recent');
  assert.equal(await page.locator('#participant-results tbody tr td:first-child').first().textContent(),
               'Vanderstraeten, Ann-Sofie');

  // 51 participants: 50 on the first page, one on the next, same order.
  const pages = page.getByRole('navigation', {name: 'Pages'});
  await page.getByRole('status').filter({hasText: '50 participants on page 1'}).waitFor();
  assert.equal(await pages.getByRole('link', {name: 'Previous page'}).count(), 0);
  await pages.getByRole('link', {name: 'Next page'}).click();
  await page.waitForURL((url) => url.searchParams.get('page') === '2' && url.searchParams.get('sort') === 'recent');
  await page.getByRole('status').filter({hasText: '1 participant on page 2'}).waitFor();
  assert.equal(await pages.getByRole('link', {name: 'Next page'}).count(), 0);
  await expectNoAxeViolationsInHtml(app, page, 'second page of the list without JavaScript');
  await pages.getByRole('link', {name: 'Previous page'}).click();
  await page.waitForURL((url) => url.searchParams.get('page') === '1');

  // A note with a date in the future is refused, then corrected.
  await page.getByRole('link', {name: 'Vanderstraeten, Ann-Sofie'}).click();
  await page.waitForURL((url) => url.pathname === recordPath);
  const timeline = page.getByRole('region', {name: 'Timeline'});
  await timeline.getByLabel('Kind').selectOption({label: 'Meeting'});
  const noteDate = timeline.getByRole('group', {name: 'Date'});
  await noteDate.getByLabel('Day').fill('1');
  await noteDate.getByLabel('Month').fill('1');
  await noteDate.getByLabel('Year').fill(String(new Date().getFullYear() + 2));
  await timeline.getByLabel('What happened').fill('First interview: interested in the system administration course.');
  await timeline.getByRole('button', {name: 'Add to the timeline'}).click();
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  assert.match(await page.title(), /^Error: Ann-Sofie Vanderstraeten – Tremplin$/);
  assert.equal(await timeline.getByLabel('What happened').inputValue(),
               'First interview: interested in the system administration course.');
  await expectNoAxeViolationsInHtml(app, page, 'record with a refused note, without JavaScript');
  await noteDate.getByLabel('Year').fill(String(new Date().getFullYear() - 1));
  await timeline.getByRole('button', {name: 'Add to the timeline'}).click();
  await page.waitForURL((url) => url.pathname === recordPath && url.searchParams.get('notice') === 'noted');
  assert.match(await timeline.getByRole('listitem').first().textContent(),
               /^Meeting · 1 January \d{4} · .+First interview: interested in the system administration course\.$/);

  // Her details changed.
  await page.getByRole('button', {name: 'Change details'}).click();
  await page.waitForURL((url) => url.pathname === `${recordPath}/edit`);
  await expectNoAxeViolationsInHtml(app, page, 'edit form without JavaScript');
  await page.getByRole('group', {name: 'Does she raise her children alone?'}).getByLabel('Yes').check();
  await page.getByRole('button', {name: 'Save'}).click();
  await page.waitForURL((url) => url.pathname === recordPath && url.searchParams.get('notice') === 'updated');
  await page.getByRole('status').filter({hasText: 'The changes have been saved.'}).waitFor();
  const singleParent = page.locator('.summary-row').filter({hasText: 'Does she raise her children alone?'});
  assert.equal((await singleParent.getByRole('definition').textContent()).trim(), 'Yes');

  // The language switch is a plain form too.
  await page.getByRole('button', {name: 'Français'}).click();
  await page.waitForURL((url) => url.pathname === recordPath);
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  await page.getByRole('heading', {name: 'Historique'}).waitFor();
  await page.getByRole('button', {name: 'English'}).click();
  await page.getByRole('heading', {name: 'Timeline'}).waitFor();

  await signOut(page);
  expectNoBrowserErrors(page);
});
