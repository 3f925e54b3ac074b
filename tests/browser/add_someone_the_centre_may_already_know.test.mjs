// Adding a participant with the name and date of birth of someone already registered: the
// coordinator is warned and shown the record, then confirms that this is another person.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoBrowserErrors} from './support.mjs';

const app = useApp();

test('a possible duplicate is shown before a second record is created', async () => {
  const page = await app.newPage();
  await signIn(page, 'coordinator');

  // Someone the centre knows, as her record shows her.
  await page.goto('/participants');
  // One whose date of birth is known (a woman who only registered for an information session
  // gave her name and a way to reach her).
  const existing = page.locator('#participant-results tbody tr')
    .filter({has: page.locator('td:nth-child(2)', {hasText: /\d{4}/})}).nth(4);
  const existingHref = await existing.getByRole('link').getAttribute('href');
  await existing.getByRole('link').click();
  await page.waitForURL((url) => url.pathname === existingHref);
  const value = async (label) => (await page.locator('.summary-row')
    .filter({has: page.getByRole('term').getByText(label, {exact: true})}).getByRole('definition').textContent()).trim();
  const [firstName, lastName, birthDate] = [await value('First name'), await value('Last name'), await value('Date of birth')];
  const born = new Date(`${birthDate} UTC`);
  assert.ok(!Number.isNaN(born.getTime()), `a date of birth is shown: “${birthDate}”`);

  // Typed in again, with accents and capitals left out.
  await page.goto('/participants/new');
  const plain = (text) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  await page.getByLabel('First name').fill(plain(firstName));
  await page.getByLabel('Last name').fill(plain(lastName));
  const birth = page.getByRole('group', {name: 'Date of birth'});
  await birth.getByLabel('Day').fill(String(born.getUTCDate()));
  await birth.getByLabel('Month').fill(String(born.getUTCMonth() + 1));
  await birth.getByLabel('Year').fill(String(born.getUTCFullYear()));
  const [warned] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST'),
    page.getByRole('button', {name: 'Save'}).click(),
  ]);
  assert.equal(warned.status(), 409);
  const warning = page.getByRole('region', {name: 'This may be someone the centre already knows'});
  await warning.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('warning-panel')), true,
    'the warning takes the focus, so a screen reader reads it first');
  const known = warning.getByRole('link', {name: `${firstName} ${lastName}`});
  assert.equal(await known.getAttribute('href'), existingHref);
  assert.match(await known.locator('xpath=..').textContent(), new RegExp(` · ${birthDate}`));
  assert.equal(await page.getByLabel('First name').inputValue(), plain(firstName), 'what she typed is kept');
  await expectNoAxeViolations(page, 'form warning of a possible duplicate');

  // Confirmed, the second record is created.
  await page.getByRole('button', {name: 'She is a different person: create the record'}).click();
  await page.waitForURL(/\/participants\/\d+\?notice=created$/);
  assert.notEqual(new URL(page.url()).pathname, existingHref);
  await page.getByRole('heading', {level: 1, name: `${plain(firstName)} ${plain(lastName)}`}).waitFor();
  expectNoBrowserErrors(page);
});
