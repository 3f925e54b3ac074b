// The coordinator opens the results of a cohort's module, sees every trainee with passed or
// failed, makes a mistake and corrects it; then adds a certification exam to a trainee's record.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoBrowserErrors} from './support.mjs';

const app = useApp();

test('the coordinator records module results and a certification exam', async () => {
  const page = await app.newPage();
  await signIn(page, 'coordinator');
  await page.getByRole('link', {name: 'Cohorts'}).click();
  await page.waitForURL(/\/cohorts$/);
  await page.locator('tbody tr').last().getByRole('link').click();
  await page.waitForURL(/\/cohorts\/\d+$/);
  await page.getByRole('heading', {name: 'Results by module'}).waitFor();

  await page.locator('a[href*="/results?module="]').first().click();
  await page.waitForURL(/\/cohorts\/\d+\/results\?module=\d+$/);
  await expectNoAxeViolations(page, 'results of a module');
  const rows = page.locator('fieldset.attendance-row');
  assert.ok(await rows.count() >= 1, 'every trainee has a row');

  // A score out of range comes back on her row, with what was typed.
  const first = rows.first();
  const name = (await first.locator('legend').textContent()).trim();
  await first.getByLabel('Passed').check();
  await first.getByLabel('Score out of 100 (optional)').fill('120');
  await page.getByRole('button', {name: 'Save results'}).click();
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  assert.ok(await page.getByRole('link', {name: `The score of ${name} must be between 0 and 100`}).count() >= 1);
  await expectNoAxeViolations(page, 'results with a mistake');
  await rows.first().getByLabel('Score out of 100 (optional)').fill('78');
  await page.getByRole('button', {name: 'Save results'}).click();
  await page.getByRole('status').filter({hasText: 'Results saved.'}).waitFor();

  // Her record: add a certification exam.
  await page.getByRole('link', {name: 'Back to the cohort'}).click();
  await page.waitForURL(/\/cohorts\/\d+$/);
  await page.getByRole('table', {name: 'The cohort’s trainees, their hours and attendance'})
    .locator('tbody tr').first().getByRole('rowheader').getByRole('link').click();
  await page.waitForURL(/\/participants\/\d+$/);
  await page.getByRole('button', {name: 'Add an exam'}).click();
  await page.waitForURL(/\/participants\/\d+\/exams\/new$/);
  await expectNoAxeViolations(page, 'certification exam form');
  await page.getByLabel('Certification provider').fill('Microsoft');
  await page.getByRole('button', {name: 'Save the exam'}).click();
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  await expectNoAxeViolations(page, 'certification exam form with mistakes');
  await page.getByLabel('Exam code').fill('AZ-900');
  await page.getByLabel('Date of the exam').fill('2026-02-20');
  await page.getByRole('group', {name: 'Result'}).getByLabel('Passed').check();
  await page.getByRole('button', {name: 'Save the exam'}).click();
  await page.waitForURL(/\/participants\/\d+\?notice=exam_added/);
  await page.getByText('Microsoft AZ-900').waitFor();
  await expectNoAxeViolations(page, 'participant record with an exam');
  expectNoBrowserErrors(page);
});
