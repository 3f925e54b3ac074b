// A job coach looks a participant up on her phone, 320 CSS pixels wide (the width WCAG 1.4.10
// "Reflow" asks pages to work at, with no scrolling sideways).

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, signOut, expectNoAxeViolations, expectNoBrowserErrors, expectNoSidewaysScrolling}
  from './support.mjs';

const app = useApp();

test('on a narrow phone screen, a job coach finds a participant and reads her record', async () => {
  const page = await app.newPage();
  await page.setViewportSize({width: 320, height: 640});

  await page.goto('/login');
  await expectNoSidewaysScrolling(page, 'the sign-in page');
  await signIn(page, 'jobcoach');
  await expectNoSidewaysScrolling(page, 'the home page');
  const signOutButton = page.getByRole('button', {name: 'Sign out'});
  const box = await signOutButton.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 320, 'the sign-out button is on the screen');

  await page.getByRole('link', {name: 'Participants'}).click();
  await page.waitForURL((url) => url.pathname === '/participants');
  await expectNoSidewaysScrolling(page, 'the participant list');
  await page.getByLabel('Search').fill('elamrani');
  await page.getByRole('status').filter({hasText: /match(es)? “elamrani”/}).waitFor();
  const first = page.locator('#participant-results tbody tr').first().getByRole('link');
  assert.match(await first.textContent(), /^El Amrani, /, 'a joined-up name finds “El Amrani”');
  await expectNoAxeViolations(page, 'participant list on a phone');

  await first.click();
  await page.waitForURL(/\/participants\/\d+$/);
  await page.getByRole('heading', {level: 2, name: 'Timeline'}).waitFor();
  await expectNoSidewaysScrolling(page, 'a record');
  await expectNoAxeViolations(page, 'record on a phone');

  await page.getByRole('button', {name: 'Change details'}).click();
  await page.waitForURL(/\/edit$/);
  await expectNoSidewaysScrolling(page, 'the edit form');

  await signOut(page);
  expectNoBrowserErrors(page);
});

test('on a narrow phone screen, the director reads the audit trail', async () => {
  const page = await app.newPage();
  await page.setViewportSize({width: 320, height: 640});
  await signIn(page, 'director');
  await expectNoSidewaysScrolling(page, 'the director’s home page');
  await page.getByRole('link', {name: 'Audit trail'}).click();
  await page.waitForURL((url) => url.pathname === '/audit');
  // The table is wider than the screen: it scrolls inside its own box, not the page.
  await expectNoSidewaysScrolling(page, 'the audit trail');
  await expectNoAxeViolations(page, 'audit trail on a phone');
  expectNoBrowserErrors(page);
});
