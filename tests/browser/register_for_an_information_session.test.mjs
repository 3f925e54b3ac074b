// A woman registers for an information session from her phone, without an account, and reads
// her confirmation in her language; the same on a phone without JavaScript. The coordinator
// plans a session, registers a woman from the register, cancels, and marks who came.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoAxeViolationsInHtml, expectNoBrowserErrors,
  expectNoSidewaysScrolling} from './support.mjs';

const app = useApp();

async function registerForASession(page, scan, {firstName, lastName, phoneNumber, how}) {
  await page.setViewportSize({width: 320, height: 640});
  await page.goto('/info');
  await page.getByRole('heading', {level: 1, name: 'Information sessions'}).waitFor();
  assert.match(await page.locator('main').textContent(), /No diploma is needed/);
  await expectNoSidewaysScrolling(page, `the sessions to come ${how}`);
  await scan(`the sessions to come ${how}`);

  // The last session listed: the next one may be full already.
  await page.getByRole('link', {name: /^Register for the session of /}).last().click();
  await page.waitForURL(/\/info\/\d+$/);
  await page.getByRole('heading', {level: 1, name: 'Register for an information session'}).waitFor();
  await expectNoSidewaysScrolling(page, `the registration form ${how}`);
  await scan(`the registration form ${how}`);

  // She forgets how to reach her: the page says so next to the field and keeps her name.
  await page.getByLabel('First name').fill(firstName);
  await page.getByLabel('Last name').fill(lastName);
  await page.getByRole('button', {name: 'Register'}).click();
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  assert.equal(await page.getByLabel('First name').inputValue(), firstName);
  assert.match(await page.locator('.field-error').first().textContent(), /Give a phone number or an e-mail address/);
  await expectNoSidewaysScrolling(page, `the registration form with a mistake ${how}`);
  await scan(`the registration form with a mistake ${how}`);

  await page.getByLabel('Phone number').fill(phoneNumber);
  await page.getByLabel('Nederlands').check();
  await page.getByRole('button', {name: 'Register'}).click();
  await page.waitForURL(/\/info\/registrations\/[^/]+$/);
  // In the language she chose: Dutch.
  await page.getByRole('heading', {level: 1, name: /^(Je bent ingeschreven|Je staat op de wachtlijst)$/}).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  assert.match(await page.locator('main').textContent(), /wachtlijst/);
  await expectNoSidewaysScrolling(page, `the confirmation ${how}`);
  await scan(`the confirmation ${how}`);
}

test('a woman registers for an information session on a phone, and the coordinator marks who came', async () => {
  const phone = await app.newPage();
  await registerForASession(phone, (label) => expectNoAxeViolations(phone, label),
                            {firstName: 'Lotte', lastName: 'Vandamme', phoneNumber: '0470 55 44 33', how: 'on a phone'});
  expectNoBrowserErrors(phone);

  const page = await app.newPage();
  await signIn(page, 'coordinator');
  await page.getByRole('link', {name: 'Information sessions'}).click();
  await page.waitForURL((url) => url.pathname === '/information-sessions');
  await page.getByRole('heading', {level: 1, name: 'Information sessions'}).waitFor();
  assert.match(await page.locator('main').textContent(), /women? informed in \d{4}/);
  await expectNoAxeViolations(page, 'the information sessions');

  // A session already held, this year or last: she marks who came.
  if (await page.getByRole('table', {name: /^Held in/}).count() === 0)
    await page.getByRole('link', {name: /^Year \d{4}$/}).first().click();
  await page.getByRole('table', {name: /^Held in/}).getByRole('link').first().click();
  await page.getByRole('heading', {level: 1, name: /^Information session of /}).waitFor();
  const first = page.getByRole('group', {name: /^Attendance of /}).first();
  const absent = first.getByLabel('Absent');
  const mark = (await absent.isChecked()) ? first.getByLabel('Attended') : absent;
  await mark.check();
  await expectNoAxeViolations(page, 'a session held, its attendance');
  await page.getByRole('button', {name: 'Save attendance'}).click();
  await page.getByRole('status').filter({hasText: '1 attendance saved.'}).waitFor();
  assert.equal(await mark.isChecked(), true);
  await page.setViewportSize({width: 320, height: 640});
  await expectNoSidewaysScrolling(page, 'a session held on a phone');
  await page.setViewportSize({width: 1280, height: 800});

  // A new session, with a mistake first.
  await page.goto('/information-sessions');
  await page.getByRole('button', {name: 'Plan a session'}).click();
  await page.getByRole('heading', {level: 1, name: 'New information session'}).waitFor();
  await page.getByRole('button', {name: 'Save'}).click();
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  await expectNoAxeViolations(page, 'a new session with mistakes');
  const day = new Date(Date.now() + 40 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel('Date').fill(day);
  await page.getByLabel('Place').fill('Rue Gaucheret 88, salle 2');
  await page.getByLabel('Seats').fill('12');
  await page.getByRole('button', {name: 'Save'}).click();
  await page.getByRole('heading', {level: 1, name: /^Information session of /}).waitFor();
  await page.getByRole('status').filter({hasText: 'The session is saved.'}).waitFor();

  // She registers Lotte, found in the register, then cancels.
  await page.getByLabel('Find her in the register').fill('Vandamme');
  await page.getByRole('button', {name: 'Find'}).click();
  await page.getByRole('button', {name: /^Register – Lotte Vandamme/}).click();
  await page.getByRole('status').filter({hasText: 'She is registered.'}).waitFor();
  await page.getByRole('table', {name: 'Registered'}).getByRole('link', {name: 'Lotte Vandamme'}).waitFor();
  await expectNoAxeViolations(page, 'a session to come, its registrations');
  await page.getByRole('button', {name: 'Cancel the registration – Lotte Vandamme'}).click();
  await page.getByRole('status').filter({hasText: 'The registration is cancelled.'}).waitFor();
  expectNoBrowserErrors(page);
});

test('a woman registers for an information session without JavaScript', async () => {
  const page = await app.newPage({javaScriptEnabled: false});
  await registerForASession(page, (label) => expectNoAxeViolationsInHtml(app, page, label),
                            {firstName: 'Awa', lastName: 'Diallo', phoneNumber: '0470 66 77 88', how: 'without JavaScript'});
});
