// A page loaded before a change of state became a resource still works: its form posts to the
// old address ("/closures/{id}/remove", now ".../removal"), which answers 308, and the browser
// sends the same POST, CSRF token included, to the new one. Once with JavaScript, once without.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoBrowserErrors} from './support.mjs';

const app = useApp({participants: 5});

async function removeAClosureFromAnOldPage(page, day, shown, reason) {
  await signIn(page, 'director');
  await page.goto('/closures?year=2030');
  await page.getByLabel('Day', {exact: true}).fill(day);
  await page.getByLabel('Reason').fill(reason);
  await page.getByRole('button', {name: 'Add the closure day'}).click();
  await page.getByRole('status').filter({hasText: 'The closure day has been added.'}).waitFor();

  // The page as it was served before the address moved.
  await page.route(/\/closures\?/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replaceAll('/removal"', '/remove"');
    await route.fulfill({response, body});
  });
  await page.reload();
  assert.equal(await page.locator('form[action$="/removal"]').count(), 0);

  const arrived = page.waitForRequest((request) => request.url().includes('notice=removed'));
  await page.getByRole('button', {name: `Remove the closure of ${shown}`}).click();
  const removal = (await arrived).redirectedFrom();
  assert.equal(removal?.method(), 'POST');
  assert.match(new URL(removal.url()).pathname, /^\/closures\/\d+\/removal$/);
  assert.match(new URL(removal.redirectedFrom()?.url()).pathname, /^\/closures\/\d+\/remove$/);

  await page.getByRole('status').filter({hasText: 'The closure day has been removed.'}).waitFor();
  assert.equal(await page.getByRole('cell', {name: reason}).count(), 0);
  expectNoBrowserErrors(page);
}

test('the director removes a closure day from a page loaded before its address moved', async () => {
  const page = await app.newPage();
  await removeAClosureFromAnOldPage(page, '2030-11-04', '4 November 2030', 'Staff training day');
});

test('without JavaScript, the same', async () => {
  const page = await app.newPage({javaScriptEnabled: false});
  await removeAClosureFromAnOldPage(page, '2030-11-05', '5 November 2030', 'Moving day');
});
