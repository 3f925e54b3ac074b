// The job coach finds the centre's partners, records a new enterprise (its enterprise number
// mistyped first), a contact there, and a meeting with her in the partner's timeline (its date
// mistyped first). Without JavaScript: every step is a link or a form.

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

  const entry = page.getByRole('form', {name: 'Note a meeting, call or event'});
  await entry.getByLabel('Kind').selectOption({label: 'Meeting'});
  await entry.getByLabel('Day').fill('31');
  await entry.getByLabel('Month').fill('2');
  await entry.getByLabel('Year').fill('2026');
  await entry.getByLabel('With').selectOption({label: 'Lena Peeters'});
  await entry.getByLabel('Summary').fill('Two trainees from the spring cohort');
  const [refusedEntry] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST'),
    entry.getByRole('button', {name: 'Add to the timeline'}).click(),
  ]);
  assert.equal(refusedEntry.status(), 422);
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  assert.equal(await entry.getByLabel('Summary').inputValue(), 'Two trainees from the spring cohort');
  assert.equal(await entry.getByLabel('Day').inputValue(), '31');
  await scan('partner timeline entry with errors');

  await entry.getByLabel('Day').fill('');
  await entry.getByLabel('Month').fill('');
  await entry.getByLabel('Year').fill('');
  await entry.getByRole('button', {name: 'Add to the timeline'}).click();
  await page.waitForURL(/\/partners\/\d+\?notice=event_added/);
  await page.getByText('The entry has been added to the timeline.').waitFor();
  const timeline = page.getByRole('region', {name: 'Timeline'}).getByRole('listitem');
  assert.match(await timeline.first().textContent(), /^Meeting · .* · with Lena Peeters · .*Two trainees from the spring cohort$/);
  assert.match(await timeline.last().textContent(), /^Partner added/);
  await scan('partner with a timeline entry');
  expectNoBrowserErrors(page);
});
