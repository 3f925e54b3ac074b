// The job coach records a traineeship offer at an enterprise and makes the link its Dutch-speaking
// contact will answer; the contact opens it on a small phone without JavaScript and an account,
// reads the offer in Dutch, mistypes the places, corrects them and sends; the job coach sees who
// confirmed it.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoAxeViolationsInHtml, expectNoBrowserErrors,
  expectNoSidewaysScrolling} from './support.mjs';

const app = useApp({participants: 20});

test('an enterprise confirms its offer through a link', async () => {
  const coach = await app.newPage();
  await signIn(coach, 'jobcoach');
  await coach.goto('/partners?kind=enterprise');
  await coach.getByRole('table').getByRole('link').first().click();
  await coach.waitForURL(/\/partners\/\d+$/);
  const partnerPath = new URL(coach.url()).pathname;

  const contact = coach.getByRole('form', {name: 'Add a contact'});
  await contact.getByLabel('Name').fill('Lena Peeters');
  await contact.getByRole('radio', {name: 'Nederlands'}).check();
  await contact.getByRole('button', {name: 'Add the contact'}).click();
  await coach.waitForURL(/notice=contact_added/);

  await coach.getByRole('button', {name: 'New offer'}).click();
  await coach.waitForURL(`${partnerPath}/offers/new`);
  await expectNoAxeViolations(coach, 'new offer form');
  await coach.getByLabel('Title').fill('Junior web developer');
  await coach.getByLabel('Occupation (ISCO-08)').fill('2513');
  await coach.getByRole('group', {name: 'Courses it suits'}).getByRole('checkbox').first().check();
  await coach.getByLabel('Places').fill('2');
  await coach.getByLabel('First day').fill('2027-03-01');
  await coach.getByLabel('Last day').fill('2027-04-23');
  await coach.getByRole('group', {name: 'Languages required'}).getByRole('checkbox', {name: 'Nederlands'}).check();
  await coach.getByLabel('Tutor').selectOption({label: 'Lena Peeters'});
  await coach.getByRole('button', {name: 'Add the offer'}).click();
  await coach.waitForURL(/\/offers\/\d+\?notice=created$/);
  const offerPath = new URL(coach.url()).pathname;
  await coach.getByRole('heading', {level: 1, name: 'Junior web developer'}).waitFor();
  await expectNoAxeViolations(coach, 'new offer');

  // The link for the tutor, chosen already; shown once, to copy.
  assert.equal(await coach.getByLabel('Contact').inputValue() !== '', true);
  await coach.getByRole('button', {name: 'Make the link'}).click();
  const link = await coach.locator('a.secret-link').getAttribute('href');
  assert.match(link, /\/offer-check\/[A-Za-z0-9_-]{43}$/);
  await expectNoAxeViolations(coach, 'offer with its new link');

  const visitor = await app.newPage({javaScriptEnabled: false});
  await visitor.setViewportSize({width: 320, height: 640});
  const scan = (label) => expectNoAxeViolationsInHtml(app, visitor, `${label}, on a phone without JavaScript`);
  await visitor.goto(new URL(link).pathname);
  await visitor.getByRole('heading', {level: 1, name: 'Junior web developer'}).waitFor();
  assert.equal(await visitor.locator('html').getAttribute('lang'), 'nl');
  await visitor.getByText('Dag Lena Peeters,').waitFor();
  await expectNoSidewaysScrolling(visitor, 'the offer to confirm');
  await scan('the offer to confirm');

  await visitor.getByLabel('Plaatsen').fill('0');
  const [refused] = await Promise.all([
    visitor.waitForResponse((response) => response.request().method() === 'POST'),
    visitor.getByRole('button', {name: 'Mijn verbeteringen versturen'}).click(),
  ]);
  assert.equal(refused.status(), 422);
  await visitor.getByText('Het aantal plaatsen moet tussen 1 en 20 liggen').first().waitFor();
  assert.equal(await visitor.getByLabel('Plaatsen').inputValue(), '0');
  await scan('the offer with a mistake');

  await visitor.getByLabel('Plaatsen').fill('3');
  await visitor.getByRole('button', {name: 'Mijn verbeteringen versturen'}).click();
  await visitor.getByRole('heading', {level: 1, name: 'Bedankt, uw antwoord is verstuurd'}).waitFor();
  await scan('the thanks');

  await coach.goto(offerPath);
  await coach.getByText(/by Lena Peeters/).first().waitFor();
  assert.match(await coach.locator('main').textContent(), /Places\s*3/);
  expectNoBrowserErrors(coach);
  expectNoBrowserErrors(visitor);
});
