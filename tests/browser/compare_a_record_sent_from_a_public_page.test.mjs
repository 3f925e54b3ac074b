// Someone registers on the public page with the phone number of a woman the centre knows: her
// record is not touched. The coordinator sees a possible match, compares both records field by
// field, takes one value from the new record and merges them; the same without JavaScript.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, expectNoAxeViolations, expectNoAxeViolationsInHtml, expectNoBrowserErrors} from './support.mjs';

const app = useApp();

// The phone number and name on the record of the first woman of the register.
async function aKnownWoman(page) {
  await page.goto('/participants');
  await page.locator('#participant-results tbody a').first().click();
  await page.waitForURL(/\/participants\/\d+$/);
  const name = (await page.getByRole('heading', {level: 1}).textContent()).trim();
  const phone = (await page.locator('.summary-row', {hasText: 'Phone number'}).locator('dd').textContent()).trim();
  return {name, phone, url: page.url()};
}

async function registerPublicly(phoneNumber, firstName, lastName) {
  const visitor = await app.newPage({javaScriptEnabled: false});
  await visitor.goto('/info');
  await visitor.getByRole('link', {name: /^Register for the session of /}).last().click();
  await visitor.getByLabel('First name').fill(firstName);
  await visitor.getByLabel('Last name').fill(lastName);
  await visitor.getByLabel('Phone number').fill(phoneNumber);
  await visitor.getByLabel('E-mail address').fill('someone.else@example.org');
  await visitor.getByRole('button', {name: 'Register'}).click();
  await visitor.waitForURL(/\/info\/registrations\/[^/]+$/);
  await visitor.context().close();
}

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  test(`a record from a public page is compared and merged by the coordinator, ${how}`, async () => {
    const page = await app.newPage({javaScriptEnabled});
    // Without JavaScript, axe runs on a copy of the page in a browser that has it.
    const scan = (label) => javaScriptEnabled ? expectNoAxeViolations(page, label)
                                              : expectNoAxeViolationsInHtml(app, page, label);
    await signIn(page, 'coordinator');
    const known = await aKnownWoman(page);
    assert.ok(known.phone && known.phone !== 'Not given', 'the woman has a phone number');
    const firstName = javaScriptEnabled ? 'Zélie' : 'Zoë';
    await registerPublicly(known.phone, firstName, 'Testmatch');

    // Her record is as it was, with a notice that another record may be hers.
    await page.goto(known.url);
    await page.getByText(`may be this woman: ${firstName} Testmatch`).waitFor();
    assert.doesNotMatch(await page.locator('main').textContent(), /someone\.else@example\.org/);
    await scan(`a record with a possible match ${how}`);

    // From the register: the records to compare.
    await page.goto('/participants');
    await page.getByRole('link', {name: /may be (a woman|women) you know/}).click();
    await page.getByRole('heading', {level: 1, name: 'Possible matches'}).waitFor();
    await scan(`the possible matches ${how}`);
    await page.getByRole('row', {name: new RegExp(`${firstName} Testmatch`)}).getByRole('link', {name: /^Compare/}).click();
    await page.getByRole('heading', {level: 1, name: `Is this ${known.name}?`}).waitFor();
    await scan(`two records compared ${how}`);

    // Her name stays as recorded; the e-mail address she never gave is taken only if chosen.
    const firstNameChoice = page.getByRole('group', {name: 'First name'});
    assert.equal(await firstNameChoice.getByLabel(/^Keep/).isChecked(), true, 'what staff recorded comes first');
    const email = page.getByRole('group', {name: 'E-mail address'});
    if (await email.count() > 0) await email.getByLabel(/^Keep/).check();
    await page.getByRole('button', {name: 'Merge into one record'}).click();
    await page.waitForURL(known.url + '?notice=merged');
    await page.getByRole('status').filter({hasText: 'The two records are now one.'}).waitFor();
    assert.equal((await page.getByRole('heading', {level: 1}).textContent()).trim(), known.name);
    assert.doesNotMatch(await page.locator('main').textContent(), /Testmatch|someone\.else/);
    assert.match(await page.locator('main').textContent(), /Information sessions/);
    expectNoBrowserErrors(page);
  });
}

test('two women with one phone are kept apart', async () => {
  const page = await app.newPage();
  await signIn(page, 'coordinator');
  const known = await aKnownWoman(page);
  await registerPublicly(known.phone, 'Nadia', 'Sistercase');
  await page.goto('/possible-matches');
  await page.getByRole('row', {name: /Nadia Sistercase/}).getByRole('link', {name: /^Compare/}).click();
  await page.getByRole('button', {name: 'They are two different women'}).click();
  await page.waitForURL(/\/possible-matches\?notice=kept_apart$/);
  await page.getByRole('status').filter({hasText: 'Both records stay'}).waitFor();
  assert.doesNotMatch(await page.locator('main').textContent(), /Nadia Sistercase/);
  await expectNoAxeViolations(page, 'the possible matches after keeping two apart');
});
