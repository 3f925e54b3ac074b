// The director sets up a new course and its modules, then looks at the trainers and the days the
// centre closes; once in a browser with JavaScript, once without (every step is a link or a form).

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoAxeViolationsInHtml, expectNoBrowserErrors}
  from './support.mjs';

const app = useApp();

async function manageTheCatalogue(page, code, scan) {
  await signIn(page, 'director');
  await page.getByRole('navigation', {name: 'Main menu'}).getByRole('link', {name: 'Courses'}).click();
  await page.waitForURL((url) => url.pathname === '/tracks');
  await page.getByRole('heading', {level: 1, name: 'Courses'}).waitFor();
  await scan('courses');

  // A form sent with a mistake comes back explained, with what was typed.
  await page.getByRole('button', {name: 'New course'}).click();
  await page.waitForURL((url) => url.pathname === '/tracks/new');
  await scan('new course form');
  await page.getByLabel('Code').fill('cloud one');
  await page.getByLabel('Name in English').fill('Cloud foundations');
  await page.getByLabel('Name in French').fill('Bases du cloud');
  await page.getByRole('radio', {name: 'Qualifying'}).check();
  await page.getByLabel('Occupations it leads to').fill('2522, 3513');
  await page.getByLabel('e-CF profile').selectOption({label: 'Systems administrator'});
  await page.getByRole('group', {name: 'Must every module be passed to complete the course?'})
    .getByRole('radio', {name: 'Yes'}).check();
  const [rejected] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST'),
    page.getByRole('button', {name: 'Create the course'}).click(),
  ]);
  assert.equal(rejected.status(), 422);
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  assert.match(await page.title(), /^Error: New course/);
  assert.equal(await page.getByLabel('Name in English').inputValue(), 'Cloud foundations');
  await scan('new course form with errors');

  await page.getByLabel('Code').fill(code);
  await page.getByRole('button', {name: 'Create the course'}).click();
  await page.waitForURL(/\/tracks\/\d+\?notice=created$/);
  await page.getByRole('heading', {level: 1, name: `${code} – Cloud foundations`}).waitFor();
  await page.getByText('This course has no modules yet.').waitFor();
  await scan('new course');

  // Two modules.
  await page.getByRole('button', {name: 'Change the modules'}).click();
  await page.waitForURL(/\/tracks\/\d+\/modules$/);
  await scan('modules editor');
  const first = page.getByRole('group', {name: 'Module 1'});
  await first.getByLabel('Name in English').fill('Linux essentials');
  await first.getByLabel('Planned hours').fill('40');
  await first.getByLabel('e-CF competences').fill('B.1');
  const second = page.getByRole('group', {name: 'Module 2'});
  await second.getByLabel('Name in English').fill('Cloud services');
  await second.getByLabel('Planned hours').fill('37,5');
  await second.getByLabel('e-CF competences').fill('B.2, C.4');
  await page.getByRole('button', {name: 'Save the modules'}).click();
  await page.waitForURL(/\/tracks\/\d+\?notice=modules$/);
  const modules = page.getByRole('table', {name: 'The modules of the current version'});
  assert.deepEqual(await modules.locator('tbody th').allTextContents(), ['Linux essentials', 'Cloud services']);
  assert.equal((await modules.locator('tfoot td').first().textContent()).trim(), '77.5');
  await scan('course with modules');

  // Trainers and closure days are reached from the courses.
  await page.goto('/tracks');
  await page.getByRole('link', {name: 'Trainers'}).click();
  await page.waitForURL((url) => url.pathname === '/trainers');
  await page.getByRole('heading', {level: 1, name: 'Trainers'}).waitFor();
  await scan('trainers');
  await page.getByRole('button', {name: 'New trainer'}).click();
  await page.waitForURL((url) => url.pathname === '/trainers/new');
  await scan('new trainer form');

  await page.goto('/tracks');
  await page.getByRole('link', {name: 'Closure days'}).click();
  await page.waitForURL((url) => url.pathname === '/closures');
  await page.getByRole('heading', {level: 2, name: 'Belgian public holidays'}).waitFor();
  await page.getByRole('cell', {name: 'Easter Monday'}).waitFor();
  await scan('closure days');
  expectNoBrowserErrors(page);
}

test('the director creates a course, gives it modules and sees trainers and closure days', async () => {
  const page = await app.newPage();
  await manageTheCatalogue(page, 'CLOUD-1', (label) => expectNoAxeViolations(page, label));
});

test('without JavaScript, the director does the same', async () => {
  const page = await app.newPage({javaScriptEnabled: false});
  await manageTheCatalogue(page, 'CLOUD-2',
                           (label) => expectNoAxeViolationsInHtml(app, page, `${label}, without JavaScript`));
});
