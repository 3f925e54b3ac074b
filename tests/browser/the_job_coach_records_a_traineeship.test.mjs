// The job coach opens the traineeships of a cohort that has a traineeship period, records one in
// two steps (the trainee and the host, then the tutor, the dates and the hours, where she first
// types too many hours), marks it started, records the centre's signature of the agreement, and
// downloads the agreement.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoBrowserErrors} from './support.mjs';

const app = useApp({participants: 20});

test('the job coach records a traineeship', async () => {
  const page = await app.newPage();
  await signIn(page, 'jobcoach');

  // A cohort with a traineeship period and trainees without one yet.
  await page.goto('/cohorts');
  const cohorts = await page.locator('tbody tr a[href^="/cohorts/"]').evaluateAll(
    (links) => links.map((link) => link.getAttribute('href')));
  let board = '';
  for (const cohort of cohorts) {
    await page.goto(`${cohort}/traineeships`);
    if (await page.getByText('None planned').count() === 0 && await page.getByRole('link', {name: /^Record one/}).count() > 0) {
      board = cohort;
      break;
    }
  }
  assert.notEqual(board, '', 'the demo has a cohort with a traineeship period and trainees');
  await expectNoAxeViolations(page, 'traineeships of a cohort');

  // Step 1: the trainee and the host, sent by GET to the same page.
  await page.getByRole('button', {name: 'Record a traineeship'}).click();
  await page.waitForURL(/\/traineeships\/new$/);
  await expectNoAxeViolations(page, 'step 1');
  const trainee = page.getByLabel('Trainee', {exact: true});
  // One without a traineeship yet: the others are marked so.
  const free = await trainee.locator('option').evaluateAll((options) =>
    options.find((option) => option.value && !option.textContent.includes('(has a traineeship)'))?.value);
  assert.ok(free, 'a trainee of the cohort has no traineeship yet');
  await trainee.selectOption(free);
  const name = (await trainee.locator('option:checked').textContent()).trim();
  await page.getByLabel('Host', {exact: true}).selectOption({index: 1});
  await page.getByRole('button', {name: 'Next'}).click();
  await page.waitForURL(/\/traineeships\/new\?enrolment=\d+&partner=\d+$/);

  // Step 2: the dates are the cohort's traineeship period; too many hours come back beside them.
  await page.getByRole('heading', {name: 'Step 2 of 2: the tutor, the offer and the dates'}).waitFor();
  assert.match(await page.getByLabel('First day', {exact: true}).inputValue(), /^\d{4}-\d{2}-\d{2}$/);
  await expectNoAxeViolations(page, 'step 2');
  await page.getByLabel('Hours a week').fill('50');
  const [refused] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST'),
    page.getByRole('button', {name: 'Record the traineeship'}).click(),
  ]);
  assert.equal(refused.status(), 422);
  await page.getByRole('alert').waitFor();
  assert.match(await page.title(), /^Error: /);
  assert.equal(await page.getByLabel('Hours a week').inputValue(), '50', 'kept as typed');
  await expectNoAxeViolations(page, 'step 2 with a mistake');
  await page.getByLabel('Hours a week').fill('30');
  await page.getByRole('button', {name: 'Record the traineeship'}).click();
  await page.waitForURL(/\/traineeships\/\d+\?notice=recorded$/);
  const traineeship = new URL(page.url()).pathname;
  await page.getByRole('heading', {level: 1, name: /^Traineeship of /}).waitFor();
  assert.match(await page.locator('main').textContent(), /30 hours a week/);
  await expectNoAxeViolations(page, 'the traineeship');

  // It starts; the centre signs its agreement today.
  await page.getByRole('button', {name: 'It has started'}).click();
  await page.waitForURL(/notice=status_changed$/);
  await page.getByText('Ongoing', {exact: true}).waitFor();
  const today = new Date().toISOString().slice(0, 10);
  const centre = page.getByRole('form', {name: 'The centre'});
  await centre.getByLabel('Signed on').fill(today);
  await centre.getByRole('button', {name: /^Record the signature/}).click();
  await page.waitForURL(/notice=signature_recorded$/);
  await page.getByText(/^Signed on /).first().waitFor();
  await expectNoAxeViolations(page, 'the traineeship, started and signed by the centre');

  const href = await page.getByRole('button', {name: 'Download the agreement (PDF)'}).getAttribute('href');
  assert.equal(href, `${traineeship}/agreement.pdf`);
  const response = await page.request.get(href);
  assert.equal(response.status(), 200);
  assert.equal(response.headers()['content-type'], 'application/pdf');
  assert.equal((await response.body()).subarray(0, 4).toString(), '%PDF');

  // The board shows it, with one signature of three.
  await page.goto(`${board}/traineeships`);
  const row = page.getByRole('row').filter({has: page.getByRole('rowheader', {name})});
  assert.match(await row.textContent(), /Ongoing.*1 of 3/s);
  expectNoBrowserErrors(page);
});
