// The coordinator opens a cohort, sees its trainees with their hours, and prints a trainee's
// attestation of attendance.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoBrowserErrors} from './support.mjs';

const app = useApp();

test('the coordinator prints a trainee’s attestation', async () => {
  const page = await app.newPage();
  await signIn(page, 'coordinator');
  await page.getByRole('link', {name: 'Cohorts'}).click();
  await page.waitForURL(/\/cohorts$/);
  await expectNoAxeViolations(page, 'cohort list');

  // A cohort that has ended, whose trainees have their hours.
  const rows = page.locator('tbody tr');
  await rows.last().getByRole('link').click();
  await page.waitForURL(/\/cohorts\/\d+$/);
  await expectNoAxeViolations(page, 'cohort page');
  const trainee = page.getByRole('table', {name: 'The cohort’s trainees, their hours and attendance'}).locator('tbody tr').first();
  const name = (await trainee.getByRole('rowheader').textContent()).trim();
  const hours = (await trainee.locator('td').nth(1).textContent()).trim();
  assert.match(hours, /^\d+(\.\d+)?$/, `hours are shown (${hours})`);

  const link = trainee.getByRole('link', {name: /^Attestation/});
  const href = await link.getAttribute('href');
  const response = await page.request.get(href);
  assert.equal(response.status(), 200);
  assert.equal(response.headers()['content-type'], 'application/pdf');
  const body = await response.body();
  assert.equal(body.subarray(0, 4).toString(), '%PDF');
  assert.ok(body.length > 2000, `a real document (${body.length} bytes) for ${name}`);

  // Her record shows the same enrolment with its attestation.
  await trainee.getByRole('rowheader').getByRole('link').click();
  await page.waitForURL(/\/participants\/\d+$/);
  await page.getByRole('heading', {name: 'Training'}).waitFor();
  assert.ok(await page.getByRole('link', {name: /^Certificate of attendance \(PDF\)/}).count() >= 1);
  await expectNoAxeViolations(page, 'participant record with her training');
  expectNoBrowserErrors(page);
});
