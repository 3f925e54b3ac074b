// A coordinator keeps a participant's record, from adding her to a note on her timeline, with
// JavaScript on (htmx updates the search results as she types).

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, signIn, signOut, password, expectNoAxeViolations, expectNoBrowserErrors} from './support.mjs';

const app = useApp();
const nextYear = new Date().getFullYear() + 1;

test('a coordinator adds a participant, finds her again, changes her record and notes a call', async () => {
  const page = await app.newPage();

  await page.goto('/login');
  await expectNoAxeViolations(page, 'sign-in page');
  await signIn(page, 'coordinator');
  await expectNoAxeViolations(page, 'home page');

  // The list, from the main menu.
  await page.getByRole('navigation', {name: 'Main menu'}).getByRole('link', {name: 'Participants'}).click();
  await page.waitForURL((url) => url.pathname === '/participants');
  await page.getByRole('heading', {level: 1, name: 'Participants'}).waitFor();
  assert.equal(await page.getByRole('link', {name: 'Participants'}).getAttribute('aria-current'), 'page');
  assert.ok(await page.locator('#participant-results tbody tr').count() > 0, 'the demo participants are listed');
  await expectNoAxeViolations(page, 'participant list');

  // The form, sent with two mistakes.
  await page.getByRole('button', {name: 'Add a participant'}).click();
  await page.waitForURL((url) => url.pathname === '/participants/new');
  await page.getByRole('heading', {level: 1, name: 'Add a participant'}).waitFor();
  assert.equal(await page.title(), 'Add a participant – Tremplin');
  await expectNoAxeViolations(page, 'new participant form');

  await page.getByLabel('First name').fill('Hélène');
  await page.getByLabel('Last name').fill('Dubois-Ngoma');
  const birthDate = page.getByRole('group', {name: 'Date of birth'});
  await birthDate.getByLabel('Day').fill('14');
  await birthDate.getByLabel('Month').fill('7');
  await birthDate.getByLabel('Year').fill(String(nextYear));
  await page.getByLabel('E-mail address').fill('helene.dubois.example.org');
  await page.getByLabel('Phone number').fill('0470 12 34 56');
  // Each language is named in its own words, marked as such for screen readers (WCAG 3.1.2).
  const language = page.getByRole('group', {name: 'Language for letters and messages'});
  assert.deepEqual(await language.locator('label').evaluateAll((labels) => labels.map((label) => [label.textContent, label.lang])),
                   [['English', ''], ['Français', 'fr'], ['Nederlands', 'nl']]);
  await language.getByLabel('Français').check();
  const [rejected] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST'),
    page.getByRole('button', {name: 'Save'}).click(),
  ]);
  assert.equal(rejected.status(), 422);
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();

  assert.equal(await page.title(), 'Error: Add a participant – Tremplin');
  const summary = page.locator('.error-summary');
  assert.equal(await summary.getAttribute('role'), 'alert');
  assert.ok(await summary.evaluate((element) => element === document.activeElement),
            'the error summary has the focus, so that it is read first');
  const summaryLinks = summary.getByRole('link');
  assert.deepEqual(await summaryLinks.allTextContents(), [
    'The date of birth must be in the past',
    'Enter an e-mail address in the correct format, like name@example.com',
  ]);
  assert.deepEqual(await summaryLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
                   ['#birth_date_day', '#email']);

  // What she typed is kept.
  assert.equal(await page.getByLabel('First name').inputValue(), 'Hélène');
  assert.equal(await page.getByLabel('Last name').inputValue(), 'Dubois-Ngoma');
  assert.equal(await birthDate.getByLabel('Year').inputValue(), String(nextYear));
  assert.equal(await page.getByLabel('E-mail address').inputValue(), 'helene.dubois.example.org');
  assert.equal(await page.getByLabel('Phone number').inputValue(), '0470 12 34 56');
  assert.equal(await language.getByLabel('Français').isChecked(), true);

  // Each message stands by its field, which points to it.
  const email = page.getByLabel('E-mail address');
  assert.equal(await email.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#email-error').textContent(),
               'Error: Enter an e-mail address in the correct format, like name@example.com');
  assert.match(await email.getAttribute('aria-describedby'), /(^| )email-error( |$)/);
  assert.equal(await birthDate.locator('.error-message').textContent(), 'Error: The date of birth must be in the past');
  assert.match(await birthDate.getAttribute('aria-describedby'), /(^| )birth_date_day-error( |$)/);
  assert.equal(await page.getByLabel('First name').getAttribute('aria-invalid'), null);
  await expectNoAxeViolations(page, 'new participant form with errors');

  // A link of the summary leads to its field.
  await summaryLinks.filter({hasText: 'e-mail'}).click();
  await page.waitForFunction(() => document.activeElement?.id === 'email');

  // Corrected, the record is created.
  await birthDate.getByLabel('Year').fill('1990');
  await email.fill('helene.dubois@example.org');
  await page.getByRole('button', {name: 'Save'}).click();
  await page.waitForURL(/\/participants\/\d+\?notice=created$/);
  const recordPath = new URL(page.url()).pathname;
  await page.getByRole('heading', {level: 1, name: 'Hélène Dubois-Ngoma'}).waitFor();
  assert.equal(await page.getByRole('status').filter({hasText: 'The participant has been added.'}).count(), 1);
  assert.equal(await page.title(), 'Hélène Dubois-Ngoma – Tremplin');
  assert.equal(await detail(page, 'E-mail address'), 'helene.dubois@example.org');
  assert.equal(await detail(page, 'Date of birth'), '14 July 1990');
  assert.equal(await detail(page, 'Language for letters and messages'), 'Français');
  assert.equal(await page.locator('.summary-row').filter({hasText: 'Language for letters and messages'})
    .getByRole('definition').getAttribute('lang'), 'fr');
  await expectNoAxeViolations(page, 'new record');

  // Back to the list: she is found by typing her name without its accent, no button pressed.
  await page.getByRole('link', {name: 'All participants'}).click();
  await page.waitForURL((url) => url.pathname === '/participants' && url.search === '');
  const results = page.locator('#participant-results');
  const everyone = await results.locator('tbody tr').count();
  assert.ok(everyone > 1, 'the list has more than her before the search');
  // Screen readers announce changes to a live region that was already on the page, not a new one.
  const status = await page.getByRole('status').filter({hasText: 'participants on page 1'}).elementHandle();
  await page.getByLabel('Search').pressSequentially('helene');
  await page.getByRole('status').filter({hasText: '1 participant matches “helene”'}).waitFor();
  await page.waitForURL((url) => url.searchParams.get('q') === 'helene');
  assert.deepEqual(await results.locator('tbody tr td:first-child').allTextContents(), ['Dubois-Ngoma, Hélène']);
  assert.equal(await page.locator('#q').count(), 1, 'the results replaced the old ones, not the whole page');
  assert.deepEqual(await status.evaluate((element) => [element.isConnected, element.textContent]),
                   [true, '1 participant matches “helene”'], 'the same live region tells how many match');
  assert.equal(await page.getByLabel('Search').evaluate((input) => input === document.activeElement), true,
               'she can go on typing');
  await expectNoAxeViolations(page, 'participant list filtered by htmx');

  // Back brings the whole list back, and Forward her search.
  await page.goBack();
  await page.getByRole('status').filter({hasText: `${everyone} participants on page 1`}).waitFor();
  assert.equal(await page.getByLabel('Search').inputValue(), '');
  assert.equal(await results.locator('tbody tr').count(), everyone);
  await page.goForward();
  await page.getByRole('status').filter({hasText: '1 participant matches “helene”'}).waitFor();
  assert.equal(await page.getByLabel('Search').inputValue(), 'helene');

  // Sorted by the latest change, without a button either: she comes first.
  await page.getByLabel('Search').fill('');
  await page.getByRole('status').filter({hasText: `${everyone} participants on page 1`}).waitFor();
  await page.getByLabel('Sort by').selectOption({label: 'Recently updated'});
  await page.waitForURL((url) => url.searchParams.get('sort') === 'recent');
  await results.locator('tbody tr').first().getByRole('link', {name: 'Dubois-Ngoma, Hélène'}).waitFor();

  // Her record, then her details changed.
  await results.getByRole('link', {name: 'Dubois-Ngoma, Hélène'}).click();
  await page.waitForURL((url) => url.pathname === recordPath);
  await page.getByRole('button', {name: 'Change details'}).click();
  await page.waitForURL((url) => url.pathname === `${recordPath}/edit`);
  await page.getByRole('heading', {level: 1, name: 'Change the participant’s details'}).waitFor();
  assert.equal(await page.getByLabel('First name').inputValue(), 'Hélène');
  await expectNoAxeViolations(page, 'edit form');
  await page.getByLabel('Postcode').fill('1030');
  await page.getByLabel('Street and number').fill('Rue Royale 200');
  await page.getByRole('button', {name: 'Save'}).click();
  await page.waitForURL((url) => url.pathname === recordPath && url.searchParams.get('notice') === 'updated');
  await page.getByRole('status').filter({hasText: 'The changes have been saved.'}).waitFor();
  assert.equal(await detail(page, 'Street and number'), 'Rue Royale 200');
  assert.equal(await detail(page, 'Postcode'), '1030');
  assert.equal(await detail(page, 'Municipality'), 'Schaerbeek');

  // A note on her timeline.
  const timeline = page.getByRole('region', {name: 'Timeline'});
  assert.equal(await timeline.getByText('Nothing has been noted yet.').count(), 1);
  await timeline.getByLabel('Kind').selectOption({label: 'Phone call'});
  await timeline.getByLabel('What happened').fill('Called her about the web developer course starting in March.');
  await timeline.getByRole('button', {name: 'Add to the timeline'}).click();
  await page.waitForURL((url) => url.pathname === recordPath && url.searchParams.get('notice') === 'noted');
  await page.getByRole('status').filter({hasText: 'The note has been added to the timeline.'}).waitFor();
  const entry = timeline.getByRole('listitem').first();
  assert.match(await entry.textContent(), /^Phone call · .+ · .+Called her about the web developer course starting in March\.$/);
  await expectNoAxeViolations(page, 'record with a note');

  // In Dutch.
  await page.getByRole('button', {name: 'Nederlands'}).click();
  await page.waitForFunction(() => document.documentElement.lang === 'nl');
  await page.getByRole('heading', {name: 'Tijdlijn'}).waitFor();
  assert.equal(await page.getByRole('navigation', {name: 'Hoofdmenu'}).getByRole('link', {name: 'Deelneemsters'}).count(), 1);
  assert.equal(new URL(page.url()).pathname, recordPath, 'the language switch came back to the same page');
  await expectNoAxeViolations(page, 'record in Dutch');

  await page.getByRole('button', {name: 'Afmelden'}).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByText('Je bent afgemeld.').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');

  // Signed out: the record is no longer shown.
  await page.goto(recordPath);
  await page.waitForURL((url) => url.pathname === '/login');
  expectNoBrowserErrors(page);
});

test('the language chosen is remembered for her account, in any browser', async () => {
  const page = await app.newPage();
  await signIn(page, 'jobcoach');
  await page.getByRole('button', {name: 'Français'}).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.getByRole('link', {name: 'Participantes'}).first().waitFor();

  const elsewhere = await app.newPage();
  await elsewhere.goto('/login');
  assert.equal(await elsewhere.locator('html').getAttribute('lang'), 'en', 'a new browser starts in its own language');
  await elsewhere.getByLabel('Username').fill('jobcoach');
  await elsewhere.getByLabel('Password').fill(password);
  await elsewhere.getByRole('button', {name: 'Sign in'}).click();
  await elsewhere.waitForURL((url) => url.pathname === '/');
  assert.equal(await elsewhere.locator('html').getAttribute('lang'), 'fr');
  await elsewhere.getByRole('heading', {level: 1, name: /^Bonjour /}).waitFor();
  await expectNoAxeViolations(elsewhere, 'home page in French');
  expectNoBrowserErrors(page);
  expectNoBrowserErrors(elsewhere);
});

test('a new browser gets the sign-in page in its own language, or in French', async () => {
  for (const [locale, lang, title] of [['nl-BE', 'nl', 'Aanmelden – Tremplin'], ['fr-BE', 'fr', 'Se connecter – Tremplin'],
                                       ['de-DE', 'fr', 'Se connecter – Tremplin']]) {
    const page = await app.newPage({locale});
    await page.goto('/login');
    assert.equal(await page.locator('html').getAttribute('lang'), lang, locale);
    assert.equal(await page.title(), title, locale);
    if (locale !== 'de-DE') await expectNoAxeViolations(page, `sign-in page for ${locale}`);
  }
});

test('when her session has ended, the search sends her to sign in, then back to her search', async () => {
  const page = await app.newPage();
  await signIn(page, 'director'); // the coordinator chose Dutch above
  await page.goto('/participants');
  const otherTab = await page.context().newPage();
  await otherTab.goto('/');
  await signOut(otherTab);

  await page.getByLabel('Search').pressSequentially('nowak');
  await page.waitForURL((url) => url.pathname === '/login');
  assert.equal(new URL(page.url()).searchParams.get('return_to'), '/participants?q=nowak&sort=name');
  await page.getByLabel('Username').fill('director');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', {name: 'Sign in'}).click();
  await page.waitForURL((url) => url.pathname === '/participants' && url.searchParams.get('q') === 'nowak');
  await page.getByRole('status').filter({hasText: /match(es)? “nowak”/}).waitFor();
  assert.equal(await page.getByLabel('Search').inputValue(), 'nowak');
  expectNoBrowserErrors(page);
});

/** The value shown beside a label on a record. */
async function detail(page, label) {
  const row = page.locator('.summary-row').filter({has: page.getByRole('term').getByText(label, {exact: true})});
  return (await row.getByRole('definition').textContent()).trim();
}
