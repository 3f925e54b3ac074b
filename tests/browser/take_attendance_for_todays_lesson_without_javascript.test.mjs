// A trainer takes attendance for today's lesson on a browser without JavaScript.

import {test} from 'node:test';
import {useApp, expectNoAxeViolationsInHtml} from './support.mjs';
import {takeAttendance} from './attendance_journey.mjs';

const app = useApp({participants: 300});

test('a trainer takes attendance for today’s lesson without JavaScript', async () => {
  const page = await app.newPage({javaScriptEnabled: false});
  await takeAttendance(page, (label) => expectNoAxeViolationsInHtml(app, page, label), 'without JavaScript');
});
