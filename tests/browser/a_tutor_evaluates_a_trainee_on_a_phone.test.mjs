// The job coach finds the late evaluations on her list (the demo centre's traineeship ended weeks
// ago), opens the traineeship's evaluations and makes the tutor's link for the final one; the
// tutor opens it on a 360 px phone without JavaScript and an account, in the tutor's language,
// forgets "would you hire her?", finds the error beside it with every other choice kept, answers
// and sends; the link then opens nothing, and the job coach reads the answers.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoAxeViolationsInHtml, expectNoBrowserErrors,
  expectNoSidewaysScrolling} from './support.mjs';

const app = useApp({participants: 20});

test('a tutor evaluates a trainee on a phone', async () => {
  const coach = await app.newPage();
  await signIn(coach, 'jobcoach');
  await coach.getByRole('navigation', {name: 'Main menu'}).getByRole('link', {name: 'Evaluations'}).click();
  await coach.getByRole('heading', {level: 1, name: 'Evaluations due'}).waitFor();
  await expectNoAxeViolations(coach, 'the evaluations due');
  const late = coach.getByRole('row').filter({hasText: 'Final evaluation'}).first();
  await late.getByRole('link').click();
  await coach.waitForURL(/\/traineeships\/\d+\/evaluations$/);
  const evaluationsPath = new URL(coach.url()).pathname;
  const final = coach.getByRole('region', {name: 'Final evaluation'});
  await final.getByText('Late', {exact: true}).waitFor();
  await expectNoAxeViolations(coach, "a traineeship's evaluations");

  // The link for the tutor, chosen already; shown once, to copy.
  await final.getByRole('button', {name: 'Make the link'}).click();
  const link = await coach.locator('a.secret-link').getAttribute('href');
  assert.match(link, /\/evaluation\/[A-Za-z0-9_-]{43}$/);
  await expectNoAxeViolations(coach, 'the evaluations with a new link');

  const visitor = await app.newPage({javaScriptEnabled: false});
  await visitor.setViewportSize({width: 360, height: 640});
  const scan = (label) => expectNoAxeViolationsInHtml(app, visitor, `${label}, on a phone without JavaScript`);
  await visitor.goto(new URL(link).pathname);
  assert.ok(['fr', 'nl', 'en'].includes(await visitor.locator('html').getAttribute('lang')));
  const ratings = visitor.locator('input[type=radio][value=mostly]');
  const questions = await ratings.count();
  assert.ok(questions >= 3, 'a question for each competence of her track, punctuality and teamwork');
  await expectNoSidewaysScrolling(visitor, 'the evaluation form');
  await scan('the evaluation form');

  for (let i = 0; i < questions; ++i) await ratings.nth(i).check();
  await visitor.locator('textarea[name=comment]').fill('Curious and careful; asks the right questions.');
  const [refused] = await Promise.all([
    visitor.waitForResponse((response) => response.request().method() === 'POST'),
    visitor.locator('form[action^="/evaluation/"] button[type=submit]').click(),
  ]);
  assert.equal(refused.status(), 422);
  assert.equal(await visitor.locator('#would_hire-yes').getAttribute('aria-invalid'), 'true');
  await visitor.locator('fieldset:has(#would_hire-yes) .error-message').waitFor(); // beside its question
  assert.equal(await visitor.locator('input[type=radio][value=mostly]:checked').count(), questions);
  assert.match(await visitor.locator('textarea[name=comment]').inputValue(), /^Curious and careful/);
  await expectNoSidewaysScrolling(visitor, 'the evaluation with a mistake');
  await scan('the evaluation with a mistake');

  await visitor.locator('#would_hire-yes').check();
  const [sent] = await Promise.all([
    visitor.waitForResponse((response) => response.request().method() === 'POST'),
    visitor.locator('form[action^="/evaluation/"] button[type=submit]').click(),
  ]);
  assert.equal(sent.status(), 200);
  await scan('the thanks');
  const again = await visitor.goto(new URL(link).pathname);
  assert.equal(again.status(), 410);

  await coach.goto(evaluationsPath);
  const answered = coach.getByRole('region', {name: 'Final evaluation'});
  await answered.getByText(/^Sent on .* by /).waitFor();
  await answered.getByText('Curious and careful; asks the right questions.').waitFor();
  await expectNoAxeViolations(coach, 'the evaluations answered');
  expectNoBrowserErrors(coach);
  expectNoBrowserErrors(visitor);
});
