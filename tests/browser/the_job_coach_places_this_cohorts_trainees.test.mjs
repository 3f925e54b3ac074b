// The job coach places a cohort's trainees in one round: the director has planned the cohort with
// its traineeship period, enrolled two women (one agrees that enterprises see her profile, the
// other does not) and opened an offer that suits it. The job coach opens the round from the
// cohort's page, records each trainee's wish and the host's view, runs the round, reads who is
// placed and why the other is not, sees a refused adjustment beside its form, and confirms the
// round into a traineeship.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, signOut, expectNoAxeViolations, expectNoBrowserErrors} from './support.mjs';

const app = useApp({participants: 20});

// The woman on row `row` of the register enrolled in the cohort, her consent to be shown to
// enterprises recorded: her name as the cohort lists it.
async function enrolWoman(page, row, cohortName, shares) {
  await page.goto('/participants');
  await page.locator('#participant-results tbody tr').nth(row).getByRole('link').click();
  await page.waitForURL(/\/participants\/\d+$/);
  const recordPath = new URL(page.url()).pathname;
  await page.getByRole('button', {name: 'Change details'}).click();
  await page.waitForURL((url) => url.pathname === `${recordPath}/edit`);
  const first = await page.getByLabel('First name').inputValue();
  const last = await page.getByLabel('Last name').inputValue();
  await page.getByRole('group', {name: 'She agrees that her profile is shown to partner enterprises'})
    .getByLabel(shares ? 'Yes' : 'No').check();
  await page.getByRole('button', {name: 'Save'}).click();
  await page.waitForURL((url) => url.pathname === recordPath && url.searchParams.get('notice') === 'updated');
  await page.getByRole('button', {name: 'Enrol in a cohort'}).click();
  await page.waitForURL(/\/enrol$/);
  await page.getByLabel(new RegExp(`^${cohortName}`)).check();
  await page.getByRole('button', {name: 'Enrol', exact: true}).click();
  await page.waitForURL(/notice=enrolled/);
  return `${first} ${last}`;
}

test('the job coach places this cohort’s trainees', async () => {
  const year = new Date().getUTCFullYear() + 2;
  const cohortName = `WEB ${year}-P`;
  const director = await app.newPage();
  await signIn(director, 'director');
  await director.goto('/cohorts/new');
  const course = director.getByLabel('Course');
  const web = (await course.locator('option').allTextContents()).find((label) => label.startsWith('WEB'));
  await course.selectOption({label: web});
  await director.getByLabel('Name of the cohort').fill(cohortName);
  await director.getByLabel('First day', {exact: true}).fill(`${year}-01-04`);
  await director.getByLabel('Last day', {exact: true}).fill(`${year}-06-30`);
  await director.getByLabel('First day of traineeships').fill(`${year}-06-01`);
  await director.getByLabel('Last day of traineeships').fill(`${year}-06-25`);
  await director.getByRole('button', {name: 'Create the cohort'}).click();
  await director.waitForURL(/\/cohorts\/\d+$/);
  const cohortPath = new URL(director.url()).pathname;
  const sharing = await enrolWoman(director, 0, cohortName, true);
  const private_ = await enrolWoman(director, 1, cohortName, false);

  // An offer for the WEB course covering the traineeship period, opened.
  await director.goto('/partners?kind=enterprise');
  await director.getByRole('table').getByRole('link').first().click();
  await director.waitForURL(/\/partners\/\d+$/);
  const partner = (await director.getByRole('heading', {level: 1}).textContent()).trim();
  await director.getByRole('button', {name: 'New offer'}).click();
  await director.waitForURL(/\/offers\/new$/);
  await director.getByLabel('Title').fill('Web developer trainee');
  await director.getByLabel('Occupation (ISCO-08)').fill('2513');
  await director.getByRole('group', {name: 'Courses it suits'}).getByRole('checkbox', {name: /^WEB/}).check();
  await director.getByLabel('Places').fill('1');
  await director.getByLabel('First day').fill(`${year}-05-25`);
  await director.getByLabel('Last day').fill(`${year}-07-02`);
  await director.getByRole('button', {name: 'Add the offer'}).click();
  await director.waitForURL(/\/offers\/\d+\?notice=created$/);
  await director.getByRole('button', {name: 'Open it'}).click();
  await director.waitForURL(/notice=status_changed/);
  await signOut(director);
  const offer = `${partner} – Web developer trainee`;

  const coach = await app.newPage();
  await signIn(coach, 'jobcoach');
  await coach.goto(cohortPath);
  await coach.getByRole('link', {name: 'Placement round'}).click();
  await coach.waitForURL(/\/placement$/);
  await expectNoAxeViolations(coach, 'a cohort without a placement round');
  await coach.getByRole('button', {name: 'Open the placement round'}).click();
  await coach.waitForURL(/notice=opened/);
  await coach.getByRole('heading', {level: 3, name: offer}).waitFor();
  await coach.getByText('She has not agreed that her profile be shown to employers: no host').waitFor();
  await expectNoAxeViolations(coach, 'the round opened');

  for (const name of [sharing, private_]) {
    const trainee = coach.getByRole('region', {name, exact: true});
    await trainee.getByLabel('1st choice').selectOption({label: offer});
    await trainee.getByRole('button', {name: `Save her wishes – ${name}`}).click();
    await coach.waitForURL(/notice=wishes/);
  }
  const host = coach.getByRole('region', {name: offer});
  await host.getByLabel(sharing, {exact: true}).selectOption({label: 'Rank 1'});
  await host.getByRole('button', {name: /^Save the host’s view/}).click();
  await coach.waitForURL(/notice=views/);

  await coach.getByRole('button', {name: 'Run the round', exact: true}).click();
  await coach.waitForURL(/notice=run/);
  await coach.getByText('1 trainee placed out of 2.').waitFor();
  const placed = coach.getByRole('table', {name: 'Placed', exact: true});
  assert.match(await placed.textContent(), new RegExp(`${sharing}\\s*${offer}`));
  const left = coach.getByRole('table', {name: 'Offers she wished for and was left out of, and why'});
  assert.match(await left.textContent(), /She has not agreed that her profile be shown to employers/);
  await coach.getByText('One more place here would place no one more.').waitFor();
  assert.match(await coach.getByRole('link', {name: 'Download the round for tremplin match'}).getAttribute('href'),
    /\/placement\/match\.json$/);
  await expectNoAxeViolations(coach, 'the round run');

  // Taking her out without saying why is refused beside the form.
  await coach.getByText(`Adjust – ${sharing}`).click();
  const [refused] = await Promise.all([
    coach.waitForResponse((response) => response.request().method() === 'POST'),
    coach.getByRole('button', {name: `Adjust the result – ${sharing}`}).click(),
  ]);
  assert.equal(refused.status(), 422);
  await coach.getByRole('alert').getByRole('link', {name: 'Say why the result is changed'}).waitFor();
  await expectNoAxeViolations(coach, 'an adjustment refused');

  await coach.getByRole('button', {name: 'Confirm the round'}).click();
  await coach.waitForURL(/notice=confirmed/);
  await coach.getByRole('status').filter({hasText: 'The round is confirmed: the traineeships are made.'}).waitFor();
  assert.equal(await coach.getByRole('button', {name: 'Run the round again'}).count(), 0);
  await expectNoAxeViolations(coach, 'the round confirmed');
  expectNoBrowserErrors(director);
  expectNoBrowserErrors(coach);
});
