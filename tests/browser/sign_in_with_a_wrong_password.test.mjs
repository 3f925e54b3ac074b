// Signing in with a wrong password, or an unknown username, says no more than that one of them
// is wrong.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, password, expectNoAxeViolations, expectNoBrowserErrors} from './support.mjs';

const app = useApp();

async function trySignIn(page, username, typedPassword) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(typedPassword);
  const [response] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/login'),
    page.getByRole('button', {name: 'Sign in'}).click(),
  ]);
  await page.waitForLoadState();
  return response;
}

test('a wrong password or an unknown username gets the same message, then the right one gets in', async () => {
  const page = await app.newPage();
  await page.goto('/participants');
  await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('return_to') === '/participants');
  assert.equal(await page.title(), 'Sign in – Tremplin');

  const messages = [];
  for (const [username, typed] of [['coordinator', 'not-the-password'], ['nobody-here', password]]) {
    const response = await trySignIn(page, username, typed);
    assert.equal(response.status(), 401);
    await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
    assert.equal(await page.title(), 'Error: Sign in – Tremplin');
    const link = page.locator('.error-summary').getByRole('link');
    assert.equal(await link.textContent(), 'Enter a correct username and password');
    assert.equal(await link.getAttribute('href'), '#username');
    messages.push(await page.locator('main').innerText());
    assert.equal(await page.getByLabel('Username').inputValue(), username, 'the username is kept');
    assert.equal(await page.getByLabel('Password').inputValue(), '', 'the password is not sent back');
    assert.equal(await page.getByLabel('Username').getAttribute('aria-invalid'), 'true');
  }
  assert.equal(messages[0].replace('coordinator', ''), messages[1].replace('nobody-here', ''),
               'nothing tells whether the username exists');
  await expectNoAxeViolations(page, 'sign-in page with an error');

  // Empty fields: one message for each.
  await page.getByLabel('Username').fill('');
  await page.getByRole('button', {name: 'Sign in'}).click();
  await page.locator('.error-summary').getByRole('link', {name: 'Enter your password'}).waitFor();
  assert.deepEqual(await page.locator('.error-summary').getByRole('link').allTextContents(),
                   ['Enter your username', 'Enter your password']);
  await expectNoAxeViolations(page, 'sign-in page with empty fields');

  const response = await trySignIn(page, 'coordinator', password);
  assert.equal(response.status(), 303);
  await page.waitForURL((url) => url.pathname === '/participants', {waitUntil: 'load'});
  await page.getByRole('heading', {level: 1, name: 'Participants'}).waitFor();
  expectNoBrowserErrors(page);
});
