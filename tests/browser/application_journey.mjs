// A woman applies for a course from an old phone, 320 CSS pixels wide: one question a page,
// a mistake put right, optional pages skipped, her answers checked, a reference to keep.
// Shared by the journeys with and without JavaScript; `scan` checks a page for accessibility.

import assert from 'node:assert/strict';
import {expectNoSidewaysScrolling} from './support.mjs';

async function onEachPage(page, scan, label) {
  await expectNoSidewaysScrolling(page, label);
  await scan(label);
}

/** Applies as `firstName` `lastName`; returns her reference number. */
export async function applyForACourse(page, scan, {firstName, lastName, how}) {
  await page.setViewportSize({width: 320, height: 640});
  await page.goto('/apply');
  await page.getByRole('heading', {level: 1, name: 'Apply for a course'}).waitFor();
  const start = await page.locator('main').textContent();
  assert.match(start, /No diploma is needed/);
  assert.match(start, /There is no age limit/);
  assert.doesNotMatch(start, /diploma (is )?required|years old or|must be (at least|under)/i,
                      'nothing suggests a diploma or an age is required');
  await onEachPage(page, scan, `the start of an application ${how}`);
  await page.getByRole('button', {name: 'Start now'}).first().click();
  await page.waitForURL(/\/apply\/[^/]+\/name$/);
  const resumeLink = page.url();

  // She forgets her last name: the page says so next to the field, and keeps her first name.
  await page.getByLabel('First name').fill(firstName);
  await page.getByRole('button', {name: 'Continue'}).click();
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  assert.equal(await page.getByLabel('First name').inputValue(), firstName);
  await onEachPage(page, scan, `a question with a mistake ${how}`);
  await page.getByLabel('Last name').fill(lastName);
  await page.getByRole('button', {name: 'Continue'}).click();

  await page.waitForURL(/\/contact$/);
  await page.getByLabel('Phone number').fill('0470 98 76 54');
  await onEachPage(page, scan, `the contact question ${how}`);
  await page.getByRole('button', {name: 'Continue'}).click();

  // The optional pages, skipped: date of birth, school, diploma, situation, everyday life, equality.
  for (const path of ['birth-date', 'education', 'qualification', 'situation', 'circumstances', 'equality']) {
    await page.waitForURL(new RegExp(`/${path}$`));
    await page.getByText('This question is optional').waitFor();
    if (path === 'equality') await onEachPage(page, scan, `the equality questions ${how}`);
    await page.getByRole('button', {name: 'Continue'}).click();
  }

  await page.waitForURL(/\/choices$/);
  await page.getByLabel('First choice').selectOption({index: 1});
  await onEachPage(page, scan, `the choice of courses ${how}`);
  await page.getByRole('button', {name: 'Continue'}).click();

  await page.waitForURL(/\/check$/);
  const answers = await page.locator('main').textContent();
  assert.match(answers, new RegExp(`${firstName} ${lastName}`));
  assert.match(answers, /0470 98 76 54/);
  await onEachPage(page, scan, `check your answers ${how}`);

  // Her resume link brings her back to her draft with her answers.
  await page.goto(resumeLink);
  assert.equal(await page.getByLabel('Last name').inputValue(), lastName);
  await page.goto(resumeLink.replace(/\/name$/, '/check'));

  await page.getByRole('button', {name: 'Send my application'}).click();
  await page.waitForURL(/\/sent$/);
  await page.getByRole('heading', {level: 1, name: 'Application sent'}).waitFor();
  const reference = (await page.locator('.reference').textContent()).trim();
  assert.match(reference, /^\d{4}-[A-Z2-9]{6}$/);
  await onEachPage(page, scan, `the confirmation ${how}`);
  return reference;
}
