// The director reads and changes the criteria of priority, then opens an application and reads
// why the woman is in her tier, records the day the proof of it was received, and reads whether
// the course she chose takes her; a score below the pass mark is explained.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoBrowserErrors} from './support.mjs';

const app = useApp({applicationsPerYear: 40});

test('the director sees why a woman has priority and records her aptitude test', async () => {
  const page = await app.newPage();
  await signIn(page, 'director');
  await page.getByRole('link', {name: 'Applications'}).click();
  await page.waitForURL((url) => url.pathname === '/applications');
  await page.getByRole('columnheader', {name: 'Priority'}).waitFor();

  // The criteria and their tiers.
  await page.getByRole('link', {name: 'Criteria of priority'}).click();
  await page.getByRole('heading', {level: 1, name: 'Social priority'}).waitFor();
  await expectNoAxeViolations(page, 'criteria of priority');
  const first = page.getByRole('group', {name: /^Criterion 1:/});
  await first.getByLabel('Months the proof stays valid').fill('forever');
  await page.getByRole('button', {name: 'Save the criteria'}).click();
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  assert.match(await page.title(), /^Error: /);
  assert.equal(await page.getByRole('group', {name: /^Criterion 1:/}).getByLabel('Months the proof stays valid').inputValue(),
               'forever', 'what was typed comes back');
  await expectNoAxeViolations(page, 'criteria of priority with an error');
  await page.getByRole('link', {name: 'The validity must be a whole number of months from 1 to 120'}).click();
  await page.getByRole('group', {name: /^Criterion 1:/}).getByLabel('Months the proof stays valid').fill('60');
  await page.getByRole('button', {name: 'Save the criteria'}).click();
  await page.getByRole('status').filter({hasText: 'The criteria are saved.'}).waitFor();

  // The aptitude tests of the courses.
  await page.goto('/applications');
  await page.getByRole('link', {name: 'Aptitude tests'}).click();
  await page.getByRole('heading', {level: 1, name: 'Aptitude tests'}).waitFor();
  await expectNoAxeViolations(page, 'aptitude tests');
  const scoreOutOf = page.getByLabel('Score out of');
  assert.ok(await scoreOutOf.count() > 0, 'the demo courses are listed');

  // The women of tier 1, and why one of them is there.
  await page.goto('/applications?intake=all');
  await page.getByLabel('Priority', {exact: true}).selectOption({label: 'Tier 1'});
  await page.getByRole('button', {name: 'Show'}).click();
  const row = page.getByRole('row').filter({hasText: 'Tier 1'}).first();
  await row.getByRole('link').first().click();
  await page.getByRole('heading', {level: 1, name: /^Application from /}).waitFor();
  const priority = page.getByRole('region', {name: 'Priority'});
  await priority.getByText(/^Tier 1 because/).waitFor();
  await expectNoAxeViolations(page, 'an application with its priority');

  // The day the proof of her first reason was received: a date that does not exist, then today.
  const received = priority.getByRole('group', {name: 'Day the proof was received'}).first();
  await received.getByLabel('Day', {exact: true}).fill('31');
  await received.getByLabel('Month', {exact: true}).fill('2');
  await received.getByLabel('Year', {exact: true}).fill('2026');
  await priority.getByRole('button', {name: 'Record the day received'}).first().click();
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  assert.equal(await received.getByLabel('Day', {exact: true}).inputValue(), '31', 'what was typed comes back');
  await expectNoAxeViolations(page, 'an application with a refused proof date');
  await page.getByRole('link', {name: 'The day the proof was received must be a real date'}).click();
  const today = new Date();
  await received.getByLabel('Day', {exact: true}).fill(String(today.getUTCDate()));
  await received.getByLabel('Month', {exact: true}).fill(String(today.getUTCMonth() + 1));
  await received.getByLabel('Year', {exact: true}).fill(String(today.getUTCFullYear()));
  await priority.getByRole('button', {name: 'Record the day received'}).first().click();
  await page.getByRole('status').filter({hasText: 'The day the proof was received is recorded.'}).waitFor();
  await priority.getByText(/^Proof: .+ – received on .+, valid until .+\.$/).first().waitFor();
  await expectNoAxeViolations(page, 'an application with a proof received');

  // A score below the pass mark, when a course she chose has a test.
  const aptitude = page.getByRole('region', {name: 'Courses she chose and aptitude'});
  const form = aptitude.getByRole('button', {name: 'Record the score'});
  if (await form.count() > 0) {
    await aptitude.getByLabel('Score', {exact: true}).fill('25');
    await form.click();
    await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
    await expectNoAxeViolations(page, 'an application with a refused score');
    const course = page.getByLabel('Course tested');
    const options = await course.locator('option').allTextContents();
    await course.selectOption({label: options[1]});
    await aptitude.getByLabel('Day', {exact: true}).fill(String(today.getUTCDate()));
    await aptitude.getByLabel('Month', {exact: true}).fill(String(today.getUTCMonth() + 1));
    await aptitude.getByLabel('Year', {exact: true}).fill(String(today.getUTCFullYear()));
    await page.getByLabel('Score', {exact: true}).fill('3');
    await page.getByRole('button', {name: 'Record the score'}).click();
    await page.getByRole('status').filter({hasText: 'The score is recorded.'}).waitFor();
    await page.getByText(`Not eligible for ${options[1]}: test score 3/20, pass mark 12`).first().waitFor();
  }
  expectNoBrowserErrors(page);
});
