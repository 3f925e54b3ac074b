// Trainers and funders do not see participants' records: no link leads there, and the address
// typed by hand gives the "You cannot do this" page. A trainer sees the cohorts she teaches and
// no other.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoBrowserErrors} from './support.mjs';

const app = useApp();

for (const [username, role] of [['trainer', 'Trainer'], ['funder', 'Funder or auditor']]) {
  test(`a ${username} has no way into the participant list`, async () => {
    const page = await app.newPage();
    await signIn(page, username);
    await page.getByText(`You are signed in as ${role}.`).waitFor();
    assert.equal(await page.getByRole('link', {name: /participant/i}).count(), 0, 'no link to participants');
    assert.equal(await page.getByRole('link', {name: /audit/i}).count(), 0, 'no link to the audit trail');
    assert.deepEqual(await page.getByRole('navigation', {name: 'Main menu'}).getByRole('link').allTextContents(),
                     username === 'trainer' ? ['Tremplin', 'Today’s lessons', 'Cohorts', 'Courses', 'Training hours', 'My password']
                                            : ['Tremplin', 'Training hours', 'My password'],
                     'the main menu has her work and her own password, nothing of the participant register');
    await page.getByText('Your lessons, attendance sheets and reports will appear here').waitFor();
    await expectNoAxeViolations(page, `${username}'s home page`);

    for (const address of ['/participants', '/participants/new', '/participants/1', '/participants/1/edit', '/audit',
                           '/accounts']) {
      const response = await page.goto(address);
      assert.equal(response.status(), 403, `${address} is forbidden`);
      assert.equal(await page.title(), 'You cannot do this – Tremplin');
      await page.getByRole('heading', {level: 1, name: 'You cannot do this'}).waitFor();
      assert.equal(await page.locator('table, dl').count(), 0, `${address} shows no participant data`);
    }
    await page.getByText('Your role does not give access to this page or action.').waitFor();
    await expectNoAxeViolations(page, 'the "You cannot do this" page');

    await page.getByRole('link', {name: 'Go to the home page'}).click();
    await page.waitForURL((url) => url.pathname === '/');
    expectNoBrowserErrors(page);
  });
}

// A trainer reads the cohorts she teaches, and those only (docs/design.md "Least privilege"):
// another cohort's page, results and documents are "not found", as if it did not exist.
async function cohortLinks(page) {
  await page.goto('/cohorts');
  const links = page.getByRole('table').first().getByRole('link');
  return Promise.all((await links.all()).map(async (link) => ({name: (await link.textContent()).trim(),
                                                               href: await link.getAttribute('href')})));
}

test('a trainer sees only the cohorts she teaches', async () => {
  const coordinator = await app.newPage();
  await signIn(coordinator, 'coordinator');
  const all = await cohortLinks(coordinator);

  const page = await app.newPage();
  await signIn(page, 'trainer');
  await page.getByRole('navigation', {name: 'Main menu'}).getByRole('link', {name: 'Cohorts'}).click();
  await page.waitForURL((url) => url.pathname === '/cohorts');
  await expectNoAxeViolations(page, 'her cohorts');
  const hers = await cohortLinks(page);
  assert.ok(hers.length > 0, 'she teaches at least one cohort');
  assert.ok(hers.length < all.length, `she does not see all ${all.length} cohorts`);
  assert.ok(hers.every((cohort) => all.some((any) => any.href === cohort.href)));
  const other = all.find((cohort) => !hers.some((mine) => mine.href === cohort.href));

  for (const address of [other.href, `${other.href}/results`, `${other.href}/register.xlsx`]) {
    const response = await page.goto(address);
    assert.equal(response.status(), 404, `${address} is not found`);
    assert.equal(await page.title(), 'Page not found – Tremplin');
    assert.equal(await page.getByText(other.name).count(), 0, `${address} does not name the cohort`);
  }
  await expectNoAxeViolations(page, 'another cohort, not found');

  await page.goto(hers[0].href);
  await page.getByRole('heading', {level: 1, name: hers[0].name}).waitFor();
  await page.getByRole('heading', {level: 2, name: 'Trainees'}).waitFor();
  await page.locator('dt', {hasText: 'Timetable for phones (iCalendar)'}).waitFor();
  assert.equal(await page.getByRole('heading', {name: 'Documents'}).count(), 0, 'no document she would be refused');
  assert.equal(await page.locator('a[href^="/participants/"]').count(), 0, 'no record she would be refused');
  await expectNoAxeViolations(page, 'her cohort');
  expectNoBrowserErrors(page);
  expectNoBrowserErrors(coordinator);
});
