// The director gives a new colleague an account, then a new password; the colleague signs in
// and changes it for one of her own. A closed account no longer signs in.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, signOut, expectNoAxeViolations, expectNoBrowserErrors} from './support.mjs';

const app = useApp();

test('the director adds, resets and closes a colleague’s account', async () => {
  const page = await app.newPage();
  await signIn(page, 'director');
  await page.getByRole('navigation', {name: 'Main menu'}).getByRole('link', {name: 'Accounts'}).click();
  await page.waitForURL((url) => url.pathname === '/accounts');
  const table = page.getByRole('table', {name: 'Staff accounts'});
  await table.waitFor();
  await expectNoAxeViolations(page, 'staff accounts');

  // A form sent with mistakes comes back explained, without the password typed.
  await page.getByRole('button', {name: 'Add an account'}).click();
  await page.waitForURL((url) => url.pathname === '/accounts/new');
  await expectNoAxeViolations(page, 'new account form');
  await page.getByLabel('Name colleagues will see').fill('Amina Diallo');
  await page.getByLabel('Username').fill('Amina D');
  await page.getByLabel('First password').fill('short');
  await page.getByRole('button', {name: 'Add the account'}).click();
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  assert.match(await page.title(), /^Error: /);
  assert.equal(await page.getByLabel('Name colleagues will see').inputValue(), 'Amina Diallo');
  assert.equal(await page.getByLabel('First password').inputValue(), '');
  await expectNoAxeViolations(page, 'new account form with errors');

  await page.getByLabel('Username').fill('amina.diallo');
  await page.getByRole('radio', {name: 'Trainer'}).check();
  await page.getByLabel('First password').fill('a first password');
  await page.getByRole('button', {name: 'Add the account'}).click();
  await page.waitForURL(/\/accounts\?notice=created$/);
  const row = table.getByRole('row').filter({hasText: 'amina.diallo'});
  assert.deepEqual((await row.getByRole('cell').allTextContents()).slice(0, 4).map((text) => text.trim()),
    ['Amina Diallo', 'amina.diallo', 'Trainer', 'Open']);

  // A new password for her.
  await row.getByRole('link', {name: 'New password for Amina Diallo'}).click();
  await page.getByRole('heading', {level: 1, name: 'New password for Amina Diallo'}).waitFor();
  await expectNoAxeViolations(page, 'a colleague’s new password');
  await page.getByLabel('New password').fill('a password from the director');
  await page.getByRole('button', {name: 'Save the password'}).click();
  await page.waitForURL(/\/accounts\?notice=password$/);
  await signOut(page);

  // She signs in and chooses her own.
  await page.goto('/login');
  await page.getByLabel('Username').fill('amina.diallo');
  await page.getByLabel('Password').fill('a password from the director');
  await page.getByRole('button', {name: 'Sign in'}).click();
  await page.getByRole('link', {name: 'My password', exact: true}).click();
  await page.getByRole('heading', {level: 1, name: 'Change my password'}).waitFor();
  await expectNoAxeViolations(page, 'change my password');
  await page.getByLabel('Current password').fill('a password from the director');
  await page.getByLabel('New password').fill('my very own passphrase');
  await page.getByRole('button', {name: 'Save the password'}).click();
  await page.getByText('Your password has been changed.').waitFor();
  await signOut(page);

  // Closed, the account no longer opens.
  await signIn(page, 'director');
  await page.goto('/accounts');
  await table.getByRole('row').filter({hasText: 'amina.diallo'})
    .getByRole('button', {name: 'Close the account of Amina Diallo'}).click();
  await page.waitForURL(/\/accounts\?notice=closed$/);
  assert.equal((await table.getByRole('row').filter({hasText: 'amina.diallo'}).getByRole('cell').nth(3).textContent()).trim(),
    'Closed');
  await signOut(page);
  await page.goto('/login');
  await page.getByLabel('Username').fill('amina.diallo');
  await page.getByLabel('Password').fill('my very own passphrase');
  await page.getByRole('button', {name: 'Sign in'}).click();
  await page.getByText('Enter a correct username and password').first().waitFor();
  expectNoBrowserErrors(page);
});
