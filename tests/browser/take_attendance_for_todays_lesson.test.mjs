// A trainer takes attendance for today's lesson, with JavaScript.

import {test} from 'node:test';
import {useApp, expectNoAxeViolations} from './support.mjs';
import {takeAttendance} from './attendance_journey.mjs';

// Enough people for the running cohort to fill its seats.
const app = useApp({participants: 300});

test('a trainer takes attendance for today’s lesson', async () => {
  const page = await app.newPage();
  await takeAttendance(page, (label) => expectNoAxeViolations(page, label), 'with JavaScript');
});
