// A name that looks like HTML or SQL is kept and shown exactly as typed: nothing runs.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoBrowserErrors} from './support.mjs';

const app = useApp();
const firstName = '<script>alert(1)</script>';
const lastName = "O'Brien; DROP TABLE participants;--";

test('a participant whose name holds markup and SQL is shown as plain text', async () => {
  const page = await app.newPage();
  let dialogs = 0;
  page.on('dialog', () => dialogs++);
  await signIn(page, 'coordinator');

  await page.goto('/participants/new');
  await page.getByLabel('First name').fill(firstName);
  await page.getByLabel('Last name').fill(lastName);
  await page.getByLabel('Street and number').fill('<img src=x onerror=alert(2)>');
  await page.getByRole('button', {name: 'Save'}).click();
  await page.waitForURL(/\/participants\/\d+\?notice=created$/);
  const recordPath = new URL(page.url()).pathname;

  const heading = page.getByRole('heading', {level: 1});
  assert.equal(await heading.textContent(), `${firstName} ${lastName}`);
  assert.equal(await page.title(), `${firstName} ${lastName} – Tremplin`);
  assert.equal(await page.locator('main script, main img').count(), 0, 'no element was made from the text');
  await page.getByText('<img src=x onerror=alert(2)>', {exact: true}).waitFor();
  await expectNoAxeViolations(page, 'record of a participant with a strange name');

  // The list still holds everyone, and finds her by the name as typed.
  await page.goto('/participants?q=' + encodeURIComponent("O'Brien; DROP"));
  await page.getByRole('status').filter({hasText: "1 participant matches “O'Brien; DROP”"}).waitFor();
  const link = page.locator('#participant-results').getByRole('link', {name: `${lastName}, ${firstName}`});
  assert.equal(await link.getAttribute('href'), recordPath);
  await page.goto('/participants');
  assert.equal(await page.locator('#participant-results tbody tr').count(), 50, 'the first page is full');
  assert.equal(await page.getByRole('link', {name: 'Next page'}).count(), 1, 'and there are more');

  // The search box, with the same text typed into it, shows it back as text.
  await page.getByLabel('Search').fill(firstName);
  await page.getByRole('status').filter({hasText: `1 participant matches “${firstName}”`}).waitFor();
  assert.equal(await page.getByLabel('Search').inputValue(), firstName);
  assert.equal(await page.locator('main script').count(), 0);
  await expectNoAxeViolations(page, 'search results for markup');

  assert.equal(dialogs, 0, 'no dialog was opened');
  expectNoBrowserErrors(page);
});
