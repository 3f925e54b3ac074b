// The coordinator draws the seats of the open intake: a draw number that is not one comes back
// explained; the result says who is admitted where, who waits and why; she confirms, records a
// seat declined and re-runs the round to fill it. Every page passes axe.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoBrowserErrors} from './support.mjs';

const app = useApp({applicationsPerYear: 40});

test('the coordinator admits women by social priority and fills a declined seat', async () => {
  const page = await app.newPage();
  await signIn(page, 'coordinator');
  await page.goto('/intakes');
  await page.getByRole('link', {name: /^Admission – /}).first().click();
  await page.getByRole('heading', {level: 1, name: /^Admission – /}).waitFor();
  await expectNoAxeViolations(page, 'the admission page of an intake');

  // A draw number that is not one.
  await page.getByLabel('Draw number (optional)').fill('forty-two');
  await page.getByRole('button', {name: 'Draw the seats'}).click();
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  assert.match(await page.title(), /^Error: /);
  assert.equal(await page.getByLabel('Draw number (optional)').inputValue(), 'forty-two', 'what was typed comes back');
  await expectNoAxeViolations(page, 'a draw with a wrong number');
  await page.getByRole('link', {name: /^The draw number is a whole number/}).click();
  await page.getByLabel('Draw number (optional)').fill('2026');
  await page.getByLabel('A new number for each cohort').check();
  await page.getByRole('button', {name: 'Draw the seats'}).click();

  // The result, before anything is sent.
  await page.getByRole('heading', {level: 1, name: 'Round 1'}).waitFor();
  await page.getByText('Draft: nothing sent yet').waitFor();
  await page.getByRole('definition').filter({hasText: /^2026 – /}).waitFor();
  assert.ok(await page.getByRole('link', {name: /download the round for an audit/}).count() === 1,
            'the round can be downloaded for an audit');
  const why = page.getByRole('table', {name: 'Why each woman got what she got'});
  assert.ok(await why.getByRole('row').count() > 1, 'every applicant is explained');
  await why.getByText(/^Admitted: /).first().waitFor();
  await expectNoAxeViolations(page, 'the result of a round');

  await page.getByRole('button', {name: 'Confirm and write to the applicants'}).click();
  await page.getByRole('status').filter({hasText: 'The round is confirmed'}).waitFor();
  await page.getByText(/^Confirmed – /).waitFor();
  await expectNoAxeViolations(page, 'a confirmed round');

  // One admitted woman declines; the re-run fills her seat, and nobody else loses hers.
  const decline = page.getByRole('button', {name: /^She declines – /}).first();
  const name = (await decline.textContent()).replace(/^She declines – /, '').trim();
  const seatsBefore = await page.getByRole('button', {name: /^She declines – /}).count();
  await decline.click();
  await page.getByRole('status').filter({hasText: 'Her refusal is recorded'}).waitFor();
  await page.getByRole('row').filter({hasText: name}).getByText('Declined her seat').first().waitFor();
  await page.getByRole('button', {name: 'Re-run to fill the free seats'}).click();
  await page.getByRole('heading', {level: 1, name: 'Round 2'}).waitFor();
  await expectNoAxeViolations(page, 'a re-run');
  await page.getByRole('button', {name: 'Confirm and write to the applicants'}).click();
  await page.getByRole('status').filter({hasText: 'The round is confirmed'}).waitFor();
  assert.ok(await page.getByRole('button', {name: /^She declines – /}).count() >= seatsBefore - 1,
            'everyone admitted before still has her seat');

  // The first round cannot be drawn again: the intake page says how to go on instead.
  await page.getByRole('link', {name: 'Back to the intake’s rounds'}).click();
  await page.getByText(/^The round is confirmed\. If an admitted woman declines/).waitFor();
  assert.equal(await page.getByRole('button', {name: 'Draw the seats'}).count(), 0);
  await expectNoAxeViolations(page, 'an intake with its confirmed rounds');

  // The letters wait in the outbox.
  await page.goto('/outbox');
  // In each woman's own language.
  await page.getByRole('link', {name: /^(You have a place|Vous avez une place|Je hebt een plaats)/}).first().waitFor();
  expectNoBrowserErrors(page);
});
