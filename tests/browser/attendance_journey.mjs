// What a trainer does to take attendance for today's lesson, shared by the journeys with and
// without JavaScript: everyone present in one action, then the exceptions; a mistake comes back
// explained.

import assert from 'node:assert/strict';
import {signIn, expectNoBrowserErrors} from './support.mjs';

// `scan(label)` runs axe-core on the page as it is: in the page itself with JavaScript, on its
// HTML in another tab without (see support.mjs).
export async function takeAttendance(page, scan, label) {
  await signIn(page, 'trainer');
  await page.getByRole('link', {name: 'Today’s lessons'}).click();
  await page.waitForURL(/\/lessons$/);
  await scan(`today's lessons (${label})`);
  await page.getByRole('button', {name: 'Take attendance'}).first().click();
  await page.waitForURL(/\/lessons\/\d+\/attendance$/);
  await scan(`attendance sheet (${label})`);

  // Everyone present: one action.
  await page.getByRole('button', {name: 'Everyone present'}).click();
  await page.waitForURL(/notice=saved/);
  await page.getByRole('status').filter({hasText: 'Attendance saved.'}).waitFor();
  const rows = page.locator('fieldset.attendance-row');
  const count = await rows.count();
  assert.ok(count >= 2, `the sheet lists the cohort (${count} trainees)`);
  for (let i = 0; i < count; ++i)
    assert.equal(await rows.nth(i).getByLabel('Present', {exact: true}).isChecked(), true);

  // Then the exceptions, by keyboard-friendly labels; a late arrival without minutes is refused.
  const first = rows.nth(0);
  const second = rows.nth(1);
  const firstName = (await first.locator('legend').textContent()).trim();
  await first.getByLabel('Late', {exact: true}).check();
  await second.getByLabel('Unexcused absence', {exact: true}).check();
  await page.getByRole('button', {name: 'Save attendance'}).click();
  const summary = page.getByRole('alert');
  await summary.waitFor();
  assert.match(await summary.textContent(), new RegExp(`Enter how many minutes late ${firstName} was`));
  assert.match(await page.title(), /^Error: /);
  assert.equal(await second.getByLabel('Unexcused absence', {exact: true}).isChecked(), true, 'the marks typed are kept');
  await scan(`attendance sheet with an error (${label})`);

  await first.getByLabel('Minutes late').fill('20');
  await page.getByRole('button', {name: 'Save attendance'}).click();
  await page.waitForURL(/notice=saved/);
  await page.reload();
  assert.equal(await rows.nth(0).getByLabel('Late', {exact: true}).isChecked(), true);
  assert.equal(await rows.nth(0).getByLabel('Minutes late').inputValue(), '20');
  assert.equal(await rows.nth(1).getByLabel('Unexcused absence', {exact: true}).isChecked(), true);
  expectNoBrowserErrors(page);
}

