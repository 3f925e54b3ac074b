// The director sees who looked at or changed which record.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoBrowserErrors} from './support.mjs';

const app = useApp();

test('the director opens a record and finds her visit in the audit trail', async () => {
  const page = await app.newPage();
  await signIn(page, 'director');
  const directorName = (await page.locator('.user-name').textContent()).trim();
  assert.ok(directorName.length > 0);

  await page.getByRole('link', {name: 'Find a participant'}).click();
  await page.waitForURL((url) => url.pathname === '/participants');
  const third = page.locator('#participant-results tbody tr').nth(2).getByRole('link');
  const name = await third.textContent();
  await third.click();
  await page.waitForURL(/\/participants\/\d+$/);
  const id = new URL(page.url()).pathname.split('/').pop();
  const [lastName, firstName] = name.split(', ');
  await page.getByRole('heading', {level: 1, name: `${firstName} ${lastName}`}).waitFor();

  await page.getByRole('navigation', {name: 'Main menu'}).getByRole('link', {name: 'Audit trail'}).click();
  await page.waitForURL((url) => url.pathname === '/audit');
  await page.getByRole('heading', {level: 1, name: 'Audit trail'}).waitFor();
  const table = page.getByRole('table', {name: 'Audit trail'});
  const newest = table.locator('tbody tr').first();
  const cells = await newest.getByRole('cell').allTextContents();
  assert.equal(cells[1], directorName, 'who');
  assert.equal(cells[2], 'Viewed a record', 'what');
  assert.equal(cells[3], `Participant ${id}`, 'which record');
  assert.equal(cells[5], '127.0.0.1', 'from where');
  assert.equal(await table.getByRole('cell', {name: 'Signed in'}).count() >= 1, true, 'her sign-in is there too');
  const listed = table.locator('tbody tr', {has: page.getByRole('cell', {name: 'Listed the register', exact: true})}).first();
  const listedCells = await listed.getByRole('cell').allTextContents();
  assert.match(listedCells[4], /^\d+ rows?, by name, from the first row, 50 a page$/,
               'the list she opened, with how many rows it showed');
  await expectNoAxeViolations(page, 'audit trail');

  // The trail of that record alone.
  await page.goto(`/audit?participant=${id}`);
  await page.getByText(`Only the record of participant ${id}`).waitFor();
  const actions = await table.locator('tbody tr td:nth-child(3)').allTextContents();
  assert.ok(actions.length >= 1);
  assert.ok(actions.every((action) => ['Viewed a record', 'Added a participant', 'Changed a record', 'Added to a timeline'].includes(action)),
            `only this record's events: ${actions.join(', ')}`);
  await expectNoAxeViolations(page, 'audit trail of one record');

  await newest.getByRole('link', {name: `Participant ${id}`}).click();
  await page.waitForURL((url) => url.pathname === `/participants/${id}`);
  expectNoBrowserErrors(page);
});

test('a coordinator may not read the audit trail', async () => {
  const page = await app.newPage();
  await signIn(page, 'coordinator');
  assert.equal(await page.getByRole('link', {name: 'Audit trail'}).count(), 0);
  const response = await page.goto('/audit');
  assert.equal(response.status(), 403);
  await page.getByRole('heading', {level: 1, name: 'You cannot do this'}).waitFor();
});
