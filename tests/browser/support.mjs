// Shared set-up of the browser journeys: a fresh demo centre served by the real binary for
// each test file, Debian's Chromium driven by playwright-core, and an axe-core scan of pages.

import {after, before} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, execFile} from 'node:child_process';
import {mkdtemp, rm, open} from 'node:fs/promises';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import net from 'node:net';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {chromium} from 'playwright-core';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

export const binary = process.env.TREMPLIN_BIN ?? path.resolve(here, '../../build/tremplin');
export const chromiumPath = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const password = 'journey-password-2024';
export const axePath = require.resolve('axe-core/axe.min.js');

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
// The pages' Content-Security-Policy allows scripts from their own origin only, and the journeys
// keep it in force (it is part of what they test): axe-core is served to the browser as if it were
// one of the site's files, at an address the site itself never uses.
const axeAddress = '/__journeys__/axe.min.js';

async function serveAxe(context) {
  await context.route((url) => url.pathname === axeAddress,
                      (route) => route.fulfill({path: axePath, contentType: 'text/javascript; charset=utf-8'}));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function healthy(url, child, deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok && (await response.json()).status === 'ok') return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

async function startServer(directory, database) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const log = await open(path.join(directory, `serve-${attempt}.log`), 'w');
    // Chromium talks plain HTTP to it: cookies without Secure nor __Host-.
    const child = spawn(binary, ['serve', '--db', `sqlite:${database}`, '--listen', `127.0.0.1:${port}`,
                                 '--plain-http'],
                        {stdio: ['ignore', log.fd, log.fd]});
    await log.close();
    const url = `http://127.0.0.1:${port}`;
    if (await healthy(url, child, Date.now() + 15_000)) return {child, url};
    child.kill('SIGKILL');
    await exited(child);
    // Another program may have taken the port between the probe and the server's bind.
    if (attempt === 3) {
      const output = readFileSync(path.join(directory, `serve-${attempt}.log`), 'utf8');
      throw new Error(`tremplin serve did not become healthy on ${url}:\n${output}`);
    }
  }
}

// Registers before() and after() hooks of the calling test file: a demo centre with 50
// participants (or `participants`), no applications (or `applicationsPerYear`, whose
// applicants are added to the register) and 20 women informed a year (or `informedPerYear`) in
// a new SQLite database, its server, and one Chromium. The returned object is filled in by the
// time the tests run.
export function useApp({participants = 50, applicationsPerYear = 0, informedPerYear = 20} = {}) {
  const app = {
    url: '',
    browser: null,
    server: null,
    directory: '',
    /** A new page in its own context (own cookies), English unless told otherwise. */
    async newPage({javaScriptEnabled = true, locale = 'en-GB'} = {}) {
      const context = await app.browser.newContext({baseURL: app.url, locale, javaScriptEnabled});
      context.setDefaultTimeout(10_000);
      await serveAxe(context);
      const page = await context.newPage();
      watchForErrors(page);
      return page;
    },
  };

  before(async () => {
    app.directory = await mkdtemp(path.join(tmpdir(), 'tremplin-journey-'));
    const database = path.join(app.directory, 'centre.db');
    await promisify(execFile)(binary, ['demo', '--db', `sqlite:${database}`, '--password', password,
                                       '--participants', String(participants),
                                       '--applications-per-year', String(applicationsPerYear),
                                       '--informed-per-year', String(informedPerYear)]);
    const {child, url} = await startServer(app.directory, database);
    app.server = child;
    app.url = url;
    app.browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
             '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  });

  after(async () => {
    await app.browser?.close();
    if (app.server) {
      const stopped = exited(app.server);
      app.server.kill('SIGTERM');
      const timer = setTimeout(() => app.server.kill('SIGKILL'), 10_000);
      await stopped;
      clearTimeout(timer);
      assert.equal(app.server.exitCode, 0, 'tremplin serve stops cleanly on SIGTERM');
    }
    if (app.directory) await rm(app.directory, {recursive: true, force: true});
  });

  return app;
}

// ---- Errors in the page --------------------------------------------------------------------

const pageErrors = new WeakMap();

function watchForErrors(page) {
  const errors = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // Error pages (403, 422…) are expected in journeys; the browser logs their status as an error.
    if (message.type() === 'error' && !/Failed to load resource: the server responded with a status of/.test(message.text()))
      errors.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.type()} “${dialog.message()}”`);
    dialog.dismiss().catch(() => {});
  });
}

/** Fails if the page threw, logged an error (a blocked script or style, say) or opened a dialog. */
export function expectNoBrowserErrors(page) {
  assert.deepEqual(pageErrors.get(page) ?? [], [], 'the browser reported problems');
}

// ---- Signing in ----------------------------------------------------------------------------

export async function signIn(page, username) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', {name: 'Sign in'}).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('heading', {level: 1, name: /^Hello /}).waitFor();
}

export async function signOut(page) {
  await page.getByRole('button', {name: 'Sign out'}).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByText('You have signed out.').waitFor();
}

// ---- Small screens ---------------------------------------------------------------------------

/** Fails when the page scrolls sideways, naming the elements that stick out. */
export async function expectNoSidewaysScrolling(page, label) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const outside = [...document.body.querySelectorAll('*')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.right > width + 1 && !element.closest('.table-wrapper *');
    });
    return {scrollWidth: document.documentElement.scrollWidth, width,
            outside: outside.slice(0, 5).map((element) => element.outerHTML.slice(0, 100))};
  });
  assert.equal(overflow, null, `${label} scrolls sideways: ${JSON.stringify(overflow, null, 2)}`);
}

// ---- Accessibility -------------------------------------------------------------------------

function describeViolations(violations) {
  return violations.map((violation) => {
    const nodes = violation.nodes.map((node) => {
      const summary = node.failureSummary ? `\n        ${node.failureSummary.replace(/\n/g, '\n        ')}` : '';
      return `    - ${node.target.join(' ')}${summary}`;
    });
    return `  ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.helpUrl}\n${nodes.join('\n')}`;
  }).join('\n');
}

async function runAxe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({url: axeAddress});
  return page.evaluate((values) => window.axe.run(document, {runOnly: {type: 'tag', values}}), axeTags);
}

/**
 * Runs axe-core on the page as it is now, once in the light and once in the dark colour scheme
 * (Pico follows the system's), and fails with a readable list of what it found.
 */
export async function expectNoAxeViolations(page, label) {
  const dark = await page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
  const problems = [];
  try {
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({colorScheme});
      // Pico fades colours in and out: measure contrast on the final ones.
      await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
      const results = await runAxe(page);
      assert.ok(results.passes.length > 0, `${label}: axe checked nothing`);
      if (results.violations.length > 0)
        problems.push(`${colorScheme} colour scheme: axe found ${results.violations.length} kind(s) of problem:\n` +
                      describeViolations(results.violations));
    }
  } finally {
    await page.emulateMedia({colorScheme: dark ? 'dark' : 'light'});
  }
  // axe 4.x no longer checks that ids are unique, which labels, error links and htmx targets need.
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
  });
  if (duplicates.length > 0) problems.push(`ids used more than once: ${duplicates.join(', ')}`);
  if (problems.length > 0) assert.fail(`${label} (${page.url()}):\n${problems.join('\n')}`);
}

/**
 * For a page seen with JavaScript off, where nothing can be injected: loads its document (with
 * JavaScript off, the HTML the server sent) at the same address, so that the same style sheets
 * apply, in a tab with JavaScript on, and scans it there.
 */
export async function expectNoAxeViolationsInHtml(app, page, label) {
  const html = await page.content();
  const url = new URL(page.url());
  url.hash = ''; // never sent to the server, so not part of what is routed
  const context = await app.browser.newContext({baseURL: app.url, locale: 'en-GB'});
  await serveAxe(context);
  try {
    const scanPage = await context.newPage();
    await scanPage.route((address) => address.href === url.href,
                         (route) => route.fulfill({status: 200, contentType: 'text/html; charset=utf-8', body: html}));
    await scanPage.goto(url.href);
    await expectNoAxeViolations(scanPage, label);
  } finally {
    await context.close();
  }
}
