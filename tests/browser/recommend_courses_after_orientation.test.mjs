// At the end of an orientation course, the coordinator records the courses recommended to a
// trainee; her record shows them, for admission to read.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoBrowserErrors} from './support.mjs';

const app = useApp();

test('the coordinator recommends courses after orientation', async () => {
  const page = await app.newPage();
  await signIn(page, 'coordinator');
  await page.getByRole('link', {name: 'Cohorts'}).click();
  await page.waitForURL(/\/cohorts$/);
  await page.locator('tbody tr').filter({hasText: 'ORIENT'}).last().getByRole('link').first().click();
  await page.waitForURL(/\/cohorts\/\d+$/);
  await page.getByRole('table', {name: 'The cohort’s trainees, their hours and attendance'})
    .locator('tbody tr').first().getByRole('rowheader').getByRole('link').click();
  await page.waitForURL(/\/participants\/\d+$/);

  await page.getByRole('link', {name: /^Recommended courses/}).first().click();
  await page.waitForURL(/\/enrolments\/\d+\/recommendations$/);
  await expectNoAxeViolations(page, 'recommendations after orientation');
  assert.equal(await page.getByLabel(/^ORIENT/).count(), 0, 'orientation is not recommended after itself');

  await page.getByRole('button', {name: 'Save the recommendation'}).click();
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  await expectNoAxeViolations(page, 'recommendations with a mistake');

  await page.getByLabel(/^WEB –/).check();
  await page.getByLabel(/^HELPDESK –/).check();
  await page.getByLabel('Note for admission (optional)').fill('Enjoys solving problems with users');
  await page.getByRole('button', {name: 'Save the recommendation'}).click();
  await page.waitForURL(/\/participants\/\d+\?notice=recommended/);
  await page.getByText('Recommended after orientation: HELPDESK, WEB').first().waitFor();
  await expectNoAxeViolations(page, 'participant record with recommendations');
  expectNoBrowserErrors(page);
});
