import { expect, it, vi } from 'vitest';
import { ageOn } from '../../server/shared/text.js';
import { createSubjectBody } from '../../server/subjects/subjects.schema.js';
import { publicSubmissionBody } from '../../server/submissions/submissions.schema.js';
import { sampleSubject } from '../helpers/testApp.js';

// The clinic's day is Moscow's (UTC+3): from 21:00 to 24:00 UTC it is already tomorrow there.

it("counts age on the clinic's (Moscow) calendar day, not the UTC one", () => {
  // 21:30 UTC on 11 April is already 00:30 on 12 April in Moscow: the birthday has come.
  expect(ageOn('1985-04-12', new Date('2026-04-11T20:59:00Z'))).toBe(40);
  expect(ageOn('1985-04-12', new Date('2026-04-11T21:30:00Z'))).toBe(41);
  expect(ageOn('1990-01-01', new Date('2026-12-31T21:30:00Z'))).toBe(37); // 1 January 2027 in Moscow
  expect(ageOn('1990-01-01', new Date('2026-12-31T20:30:00Z'))).toBe(36);
  expect(ageOn('2000-02-29', new Date('2026-02-28T12:00:00Z'))).toBe(25);
  expect(ageOn('2000-02-29', new Date('2026-03-01T12:00:00Z'))).toBe(26);
  expect(ageOn(null, new Date())).toBeNull();
});

it("accepts a birth date of the clinic's today, in the hours when UTC still has yesterday", () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    vi.setSystemTime(new Date('2026-04-11T21:30:00Z')); // 00:30 on 12 April in Moscow
    const subject = (birth_date: string) => createSubjectBody.safeParse(sampleSubject({ birth_date })).success;
    expect(subject('2026-04-12')).toBe(true);
    expect(subject('2026-04-13')).toBe(false);
    const submission = (birthDate: string) => publicSubmissionBody.shape.birthDate.safeParse(birthDate).success;
    expect(submission('2026-04-12')).toBe(true);
    expect(submission('2026-04-13')).toBe(false);
    // Days that do not exist are refused by both forms.
    expect(submission('2025-02-29')).toBe(false);
    expect(subject('2025-02-30')).toBe(false);
    expect(submission('2024-02-29')).toBe(true);
  } finally {
    vi.useRealTimers();
  }
});
