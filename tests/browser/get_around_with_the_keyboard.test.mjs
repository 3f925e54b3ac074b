// A coordinator who uses the keyboard only (no mouse) signs in, skips the menu, opens the form
// and reaches a field from the error summary; she can always see where the focus is.

import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useApp, password, expectNoBrowserErrors} from './support.mjs';

const app = useApp();

function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {tag: element.tagName.toLowerCase(), id: element.id, text: element.textContent.trim().slice(0, 60),
            name: element.getAttribute('name')};
  });
}

/**
 * The focused element's indicator: its outline must be drawn and stand out from the page's
 * background by 3:1 at least (WCAG 1.4.11, non-text contrast).
 */
async function expectVisibleFocus(page, label) {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({colorScheme});
    await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
    const ring = await page.evaluate(() => {
      const rgb = (text) => text.match(/[\d.]+/g).slice(0, 3).map(Number);
      const luminance = ([r, g, b]) => {
        const linear = (c) => (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
      };
      const element = document.activeElement;
      const style = getComputedStyle(element);
      const outline = rgb(style.outlineColor);
      const background = rgb(getComputedStyle(document.documentElement).backgroundColor);
      const [light, dark] = [luminance(outline), luminance(background)].sort((a, b) => b - a);
      return {style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor,
              background: getComputedStyle(document.documentElement).backgroundColor,
              contrast: (light + 0.05) / (dark + 0.05)};
    });
    assert.notEqual(ring.style, 'none', `${label}, ${colorScheme} scheme: no outline`);
    assert.ok(ring.width >= 2, `${label}, ${colorScheme} scheme: outline of ${ring.width}px`);
    assert.ok(ring.contrast >= 3, `${label}, ${colorScheme} scheme: outline ${ring.colour} on ${ring.background} ` +
                                  `has a contrast of ${ring.contrast.toFixed(2)}:1, less than 3:1`);
  }
  await page.emulateMedia({colorScheme: 'light'});
}

test('with the keyboard alone, a coordinator signs in, skips to the content and corrects a form', async () => {
  const page = await app.newPage();
  await page.goto('/login');

  // The first Tab shows the skip link; it leads past the header.
  await page.keyboard.press('Tab');
  assert.deepEqual(await focused(page), {tag: 'a', id: '', text: 'Skip to main content', name: null});
  const skip = await page.getByRole('link', {name: 'Skip to main content'}).boundingBox();
  assert.ok(skip.x >= 0 && skip.y >= 0 && skip.x + skip.width <= 1280, 'the skip link is on the screen once focused');
  await expectVisibleFocus(page, 'skip link');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'main');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'username', 'after the skip link, the first field is next');
  await expectVisibleFocus(page, 'username field');
  await page.keyboard.type('coordinator');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'password');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/');

  // Through the menu to the list.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Tremplin');
  await expectVisibleFocus(page, 'a link of the menu');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Participants');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/participants');

  // "Add a participant" looks and is announced as a button: Space works on it, as on any button.
  const add = page.getByRole('button', {name: 'Add a participant'});
  await add.focus();
  await expectVisibleFocus(page, '“Add a participant”');
  await page.keyboard.press('Space');
  await page.waitForURL((url) => url.pathname === '/participants/new');

  // Sent empty with Enter from the first field: the error summary takes the focus, its first
  // link leads to the field.
  await page.getByLabel('First name').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', {name: 'There is a problem'}).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('error-summary')), true);
  await expectVisibleFocus(page, 'the error summary');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Enter the first name');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'first_name');
  await page.keyboard.type('Nour');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'last_name');
  await page.keyboard.type('Haddad-Lemaire');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/participants\/\d+\?notice=created$/);

  // The radio buttons and the note form work from the keyboard as well.
  await page.getByRole('button', {name: 'Change details'}).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/edit$/);
  await page.getByRole('group', {name: 'Gender'}).getByLabel('Woman').focus();
  await expectVisibleFocus(page, 'a radio button');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByRole('group', {name: 'Gender'}).getByLabel('Prefers not to say').isChecked(), true);
  await page.getByRole('button', {name: 'Save'}).focus();
  await expectVisibleFocus(page, 'the Save button');
  await page.keyboard.press('Enter');
  await page.waitForURL(/notice=updated$/);
  const gender = page.locator('.summary-row').filter({hasText: 'Gender'});
  assert.equal((await gender.getByRole('definition').textContent()).trim(), 'Prefers not to say');
  expectNoBrowserErrors(page);
});
