// A woman applies for a course from her phone without an account; the coordinator finds her
// application in the pipeline the same morning, moves it on, and reads her the letter that
// says it arrived.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoBrowserErrors, expectNoSidewaysScrolling}
  from './support.mjs';
import {applyForACourse} from './application_journey.mjs';

const app = useApp({applicationsPerYear: 20});

test('a woman applies for a course on a phone, and the coordinator moves her application on', async () => {
  const phone = await app.newPage();
  const reference = await applyForACourse(phone, (label) => expectNoAxeViolations(phone, label),
                                          {firstName: 'Nour', lastName: 'Vandamme', how: 'on a phone'});
  expectNoBrowserErrors(phone);

  const page = await app.newPage();
  await signIn(page, 'coordinator');
  await page.getByRole('link', {name: 'Applications'}).click();
  await page.waitForURL((url) => url.pathname === '/applications');
  await page.getByLabel('Stage', {exact: true}).selectOption({label: 'Submitted'});
  await page.getByRole('button', {name: 'Show'}).click();
  await page.waitForURL(/stage=submitted/);
  const row = page.getByRole('row').filter({hasText: reference});
  assert.match(await row.textContent(), /Nour Vandamme/);
  await expectNoAxeViolations(page, 'the pipeline as a list');

  // Moved together with the other new applications of the intake, if there are any.
  const others = page.getByRole('row').filter({hasNotText: reference}).getByRole('checkbox');
  const othersCount = await others.count();
  await row.getByRole('checkbox').check();
  if (othersCount > 0) await others.first().check();
  await page.getByLabel('Move the selected applications to the stage').selectOption({label: 'Interviewed'});
  await page.getByRole('button', {name: 'Move', exact: true}).click();
  const moved = othersCount > 0 ? '2 applications changed stage.' : '1 application changed stage.';
  await page.getByRole('status').filter({hasText: moved}).waitFor();
  assert.equal(await page.getByRole('row').filter({hasText: reference}).count(), 0,
               'she left the list of submitted applications');

  await page.getByRole('link', {name: 'Board by stage'}).click();
  await page.waitForURL(/view=board/);
  await page.getByLabel('Stage', {exact: true}).selectOption({label: 'All stages'});
  await page.getByRole('button', {name: 'Show'}).click();
  const interviewed = page.getByRole('region', {name: /^Interviewed/});
  await interviewed.getByRole('link', {name: 'Nour Vandamme'}).waitFor();
  await expectNoAxeViolations(page, 'the pipeline as a board');

  await interviewed.getByRole('link', {name: 'Nour Vandamme'}).click();
  await page.getByRole('heading', {level: 1, name: 'Application from Nour Vandamme'}).waitFor();
  assert.match(await page.locator('main').textContent(), new RegExp(reference));
  await expectNoAxeViolations(page, 'an application');
  await page.setViewportSize({width: 320, height: 640});
  await expectNoSidewaysScrolling(page, 'an application on a phone');

  // The intakes: when the centre takes applications, for which cohorts.
  await page.goto('/applications');
  await page.getByRole('link', {name: 'Intakes'}).click();
  await page.getByRole('heading', {level: 1, name: 'Intakes'}).waitFor();
  assert.match(await page.locator('tbody').textContent(), /Open/);
  await expectNoSidewaysScrolling(page, 'the intakes on a phone');
  await expectNoAxeViolations(page, 'the intakes');
  await page.getByRole('button', {name: 'Open an intake'}).click();
  await page.getByRole('button', {name: 'Save'}).click();
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  await expectNoAxeViolations(page, 'an intake with mistakes');

  // She gave no e-mail address: the letter that says her application arrived waits to be
  // read out to her on the phone, in the language she chose.
  await page.getByRole('link', {name: 'Outbox'}).click();
  await page.getByRole('heading', {level: 1, name: 'Letters to applicants'}).waitFor();
  await expectNoAxeViolations(page, 'the outbox');
  const letter = page.getByRole('row').filter({hasText: 'Nour Vandamme'});
  await letter.getByRole('link', {name: new RegExp(reference)}).click();
  assert.match(await page.locator('.letter').textContent(), /Dear Nour,/);
  await expectNoAxeViolations(page, 'a letter');
  await page.getByRole('button', {name: 'Mark as sent'}).click();
  await page.getByRole('status').filter({hasText: 'The letter is marked as sent.'}).waitFor();
  expectNoBrowserErrors(page);
});
