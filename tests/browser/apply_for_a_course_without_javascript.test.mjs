// A woman applies for a course on an old phone whose browser runs no JavaScript.

import {test} from 'node:test';
import {useApp, expectNoAxeViolationsInHtml} from './support.mjs';
import {applyForACourse} from './application_journey.mjs';

const app = useApp({applicationsPerYear: 20});

test('a woman applies for a course without JavaScript', async () => {
  const page = await app.newPage({javaScriptEnabled: false});
  await applyForACourse(page, (label) => expectNoAxeViolationsInHtml(app, page, label),
                        {firstName: 'Awa', lastName: 'Diallo', how: 'without JavaScript'});
});
