// The coordinator plans a new cohort: creates it on a course, generates its timetable from a
// weekly pattern, moves one lesson, enrols a woman from her record and reads the year's hours.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoBrowserErrors} from './support.mjs';

const app = useApp();

test('the coordinator plans a cohort and enrols a woman in it', async () => {
  const page = await app.newPage();
  await signIn(page, 'coordinator');
  await page.goto('/cohorts');
  await page.getByRole('button', {name: 'New cohort'}).click();
  await page.waitForURL(/\/cohorts\/new$/);

  // A mistake first: the end before the start.
  const year = new Date().getUTCFullYear() + 1;
  const course = page.getByLabel('Course');
  const helpdesk = (await course.locator('option').allTextContents()).find((label) => label.startsWith('HELPDESK'));
  await course.selectOption({label: helpdesk});
  await page.getByLabel('Name of the cohort').fill(`HELPDESK ${year}-Z`);
  await page.getByLabel('First day', {exact: true}).fill(`${year}-03-01`);
  await page.getByLabel('Last day', {exact: true}).fill(`${year}-02-01`);
  // Its traineeships, the last four weeks, and its funder among the partners.
  await page.getByLabel('First day of traineeships').fill(`${year}-06-02`);
  await page.getByLabel('Last day of traineeships').fill(`${year}-06-27`);
  await page.getByLabel('Funder among the partners').selectOption({label: 'Bruxelles Formation'});
  await page.getByRole('button', {name: 'Create the cohort'}).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.title(), /^Error: /);
  await expectNoAxeViolations(page, 'new cohort with an error');
  assert.equal(await page.getByLabel('First day of traineeships').inputValue(), `${year}-06-02`, 'kept as typed');
  await page.getByLabel('Last day', {exact: true}).fill(`${year}-06-30`);
  await page.getByRole('button', {name: 'Create the cohort'}).click();
  await page.waitForURL(/\/cohorts\/\d+$/);
  const cohortUrl = page.url();
  await page.getByText(`2 June ${year} – 27 June ${year}`).waitFor();
  await page.getByRole('link', {name: 'Bruxelles Formation'}).waitFor();
  await expectNoAxeViolations(page, 'new cohort page');

  // Its timetable: Mondays and Tuesdays of April; Easter Monday is skipped.
  await page.getByRole('button', {name: 'Add lessons to the timetable'}).click();
  await page.waitForURL(/\/schedule$/);
  await expectNoAxeViolations(page, 'timetable form');
  await page.getByLabel('From').fill(`${year}-04-01`);
  await page.getByLabel('To').fill(`${year}-04-30`);
  for (const day of ['Wednesday', 'Thursday']) await page.getByLabel(day).uncheck();
  await page.getByLabel('Module').selectOption({index: 1});
  await page.getByRole('button', {name: 'Add the lessons'}).click();
  await page.waitForURL(/notice=schedule/);
  const notice = await page.getByRole('status').textContent();
  assert.match(notice, /lessons added to the timetable/);

  // One lesson moved to the afternoon.
  await page.getByRole('link', {name: /^Change/}).first().click();
  await page.waitForURL(/\/lessons\/\d+\/edit$/);
  await expectNoAxeViolations(page, 'lesson form');
  await page.getByLabel('Starts at').fill('13:30');
  await page.getByLabel('Ends at').fill('16:30');
  await page.getByRole('button', {name: 'Save the lesson'}).click();
  await page.waitForURL(/notice=lesson/);
  assert.ok(await page.getByText('13:30–16:30').count() >= 1);

  // A woman of the register enrolled from her record.
  await page.goto('/participants');
  await page.locator('#participant-results tbody tr').first().getByRole('link').click();
  await page.waitForURL(/\/participants\/\d+$/);
  await page.getByRole('button', {name: 'Enrol in a cohort'}).click();
  await page.waitForURL(/\/enrol$/);
  await expectNoAxeViolations(page, 'enrol form');
  await page.getByLabel(new RegExp(`^HELPDESK ${year}-Z`)).check();
  await page.getByRole('button', {name: 'Enrol', exact: true}).click();
  await page.waitForURL(/notice=enrolled/);
  await page.getByRole('link', {name: `HELPDESK ${year}-Z`, exact: true}).waitFor();
  await page.getByRole('link', {name: new RegExp(`^Change the stage – HELPDESK ${year}-Z`)}).click();
  await page.waitForURL(/\/stage$/);
  await expectNoAxeViolations(page, 'stage form');
  await page.getByLabel('Active').check();
  await page.getByRole('button', {name: 'Change the stage'}).click();
  await page.waitForURL(/notice=stage_changed/);

  await page.goto(cohortUrl);
  assert.equal(await page.getByRole('table', {name: 'The cohort’s trainees, their hours and attendance'})
    .locator('tbody tr').count(), 1);

  await page.getByRole('link', {name: 'Training hours'}).click();
  await page.waitForURL(/\/training-hours$/);
  await page.getByRole('table', {name: 'By course'}).waitFor();
  await expectNoAxeViolations(page, 'training hours');
  expectNoBrowserErrors(page);
});
