// The job coach finds the centre's partners, records a new enterprise (its enterprise number
// mistyped first) and a contact there. Without JavaScript: every step is a link or a form.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolationsInHtml, expectNoBrowserErrors} from './support.mjs';

const app = useApp({participants: 20});

test('the job coach records a partner and its contact', async () => {
  const page = await app.newPage({javaScriptEnabled: false});
  const scan = (label) => expectNoAxeViolationsInHtml(app, page, `${label}, without JavaScript`);
  await signIn(page, 'jobcoach');
  await page.getByRole('navigation', {name: 'Main menu'}).getByRole('link', {name: 'Partners'}).click();
  await page.waitForURL((url) => url.pathname === '/partners');
  await page.getByRole('heading', {level: 1, name: 'Partners'}).waitFor();
  await scan('partners');

  // The demo centre's employment services, by the kind filter.
  await page.getByLabel('Kind').selectOption({label: 'Employment service'});
  await page.getByRole('button', {name: 'Show'}).click();
  await page.getByRole('link', {name: 'Actiris'}).waitFor();
  await scan('partners filtered by kind');

  await page.getByRole('button', {name: 'New partner'}).click();
  await page.waitForURL((url) => url.pathname === '/partners/new');
  await scan('new partner form');
  await page.getByLabel('Name').fill('Grand Place Data SRL');
  await page.getByLabel('Kind').selectOption({label: 'Enterprise'});
  await page.getByLabel('Enterprise number').fill('0123.456.748');
  await page.getByLabel('Sector (NACE-BEL)').selectOption('J');
  await page.getByLabel('Postcode').fill('1000');
  await page.getByLabel('Commune').fill('Bruxelles');
  const [rejected] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST'),
    page.getByRole('button', {name: 'Add the partner'}).click(),
  ]);
  assert.equal(rejected.status(), 422);
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  assert.match(await page.title(), /^Error: New partner/);
  assert.equal(await page.getByLabel('Enterprise number').inputValue(), '0123.456.748');
  assert.equal(await page.getByLabel('Name').inputValue(), 'Grand Place Data SRL');
  await scan('new partner form with errors');

  await page.getByLabel('Enterprise number').fill('0123.456.749');
  await page.getByRole('button', {name: 'Add the partner'}).click();
  await page.waitForURL(/\/partners\/\d+\?notice=created$/);
  await page.getByRole('heading', {level: 1, name: 'Grand Place Data SRL'}).waitFor();
  await page.getByText('The partner has been added.').waitFor();
  await scan('new partner');

  const contact = page.getByRole('form', {name: 'Add a contact'});
  await contact.getByLabel('Name').fill('Lena Peeters');
  await contact.getByLabel('Role').fill('HR manager');
  await contact.getByRole('radio', {name: 'Nederlands'}).check();
  await contact.getByLabel('Phone').fill('02 227 61 00');
  await contact.getByRole('button', {name: 'Add the contact'}).click();
  await page.waitForURL(/\/partners\/\d+\?notice=contact_added/);
  const contacts = page.getByRole('table', {name: 'Contacts'});
  assert.deepEqual(await contacts.locator('tbody th').allTextContents(), ['Lena Peeters']);
  await scan('partner with a contact');
  expectNoBrowserErrors(page);
});
