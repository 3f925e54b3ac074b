// Disability and minority answers (GDPR Art. 9) are read by the director and the colleagues she
// names on the accounts page. The coordinator's record pages leave them out — no row, no
// question — until the director allows her, from the keyboard, and again once she withdraws it.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoAxeViolationsInHtml, expectNoBrowserErrors} from './support.mjs';

const app = useApp({participants: 5});

const disability = 'Does she have a disability?';
const minority = 'Does she consider she belongs to a minority?';

async function firstRecord(page) {
  await page.goto('/participants');
  await page.getByRole('table').getByRole('link').first().click();
  await page.waitForURL(/\/participants\/\d+$/);
  return new URL(page.url()).pathname;
}

async function showsTheAnswers(page, record) {
  await page.goto(record);
  await page.getByRole('heading', {level: 1}).waitFor();
  return (await page.getByText(disability).count()) + (await page.getByText(minority).count());
}

test('the director allows the coordinator to read disability and minority answers, then withdraws it', async () => {
  const coordinator = await app.newPage();
  await signIn(coordinator, 'coordinator');
  const record = await firstRecord(coordinator);
  assert.equal(await showsTheAnswers(coordinator, record), 0, 'her record page leaves both questions out');
  await expectNoAxeViolations(coordinator, 'a record without special categories');
  await coordinator.goto(`${record}/edit`);
  await coordinator.getByRole('heading', {level: 1}).waitFor();
  assert.equal(await coordinator.getByRole('group', {name: disability}).count(), 0, 'her form does not ask');
  assert.equal(await coordinator.getByRole('group', {name: minority}).count(), 0);
  await expectNoAxeViolations(coordinator, 'the record form without special categories');

  // The director, without JavaScript, from the keyboard.
  const director = await app.newPage({javaScriptEnabled: false});
  await signIn(director, 'director');
  await director.goto('/accounts');
  const table = director.getByRole('table', {name: 'Staff accounts'});
  const header = await table.getByRole('columnheader').allTextContents();
  assert.ok(header.includes('Disability and minority'), `the table has the column: ${header}`);
  const row = (name) => table.getByRole('row').filter({hasText: name});
  const cell = async (name) => (await row(name).getByRole('cell').nth(4).textContent()).trim();
  assert.match(await cell('Claire Dumont'), /^Reads them \(director\)/);
  assert.match(await cell('Sofia Marchetti'), /^Never, by her role/);
  assert.match(await cell('Nadia Benali'), /^Does not read them/);
  await expectNoAxeViolationsInHtml(app, director, 'the accounts page');

  const allow = row('Nadia Benali').getByRole('button', {name: 'Allow Nadia Benali to read disability and minority answers'});
  await allow.focus();
  await director.keyboard.press('Enter');
  await director.waitForURL(/\/accounts\?notice=special_categories_granted$/);
  await director.getByText('She may now read disability and minority answers.').waitFor();
  assert.match(await cell('Nadia Benali'), /^Reads them/);
  await expectNoAxeViolationsInHtml(app, director, 'the accounts page after a grant');

  assert.equal(await showsTheAnswers(coordinator, record), 2, 'her next page shows both answers');
  await expectNoAxeViolations(coordinator, 'a record with special categories');
  await coordinator.goto(`${record}/edit`);
  await coordinator.getByRole('group', {name: disability}).waitFor();

  await row('Nadia Benali').getByRole('button', {name: 'Withdraw Nadia Benali’s access to disability and minority answers'}).click();
  await director.waitForURL(/\/accounts\?notice=special_categories_withdrawn$/);
  await director.getByText('She may no longer read disability and minority answers.').waitFor();
  assert.equal(await showsTheAnswers(coordinator, record), 0, 'withdrawn: gone from her next page');

  // The trail says who gave and who took it.
  await director.goto('/audit');
  await director.getByText('Allowed to read disability and minority answers').first().waitFor();
  await director.getByText('No longer allowed to read disability and minority answers').first().waitFor();
  expectNoBrowserErrors(coordinator);
  expectNoBrowserErrors(director);
});
