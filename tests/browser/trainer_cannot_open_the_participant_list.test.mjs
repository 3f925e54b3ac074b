// Trainers and funders do not see participants' records: no link leads there, and the address
// typed by hand gives the "You cannot do this" page.

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
