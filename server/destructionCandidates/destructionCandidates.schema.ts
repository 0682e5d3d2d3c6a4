import { z } from 'zod';
import { DESTRUCTION_CANDIDATE_KINDS } from '../contract/index.js';
import type { CandidateKey } from './destructionCandidates.repo.js';

const kind = z.enum(DESTRUCTION_CANDIDATE_KINDS, {
  message: `Expected one of: ${DESTRUCTION_CANDIDATE_KINDS.join(', ')}`,
});

/** A candidate's id is `<kind>:<record id>` (contract DestructionCandidate.id). */
const candidateId = z
  .string()
  .regex(new RegExp(`^(${DESTRUCTION_CANDIDATE_KINDS.join('|')}):[1-9]\\d{0,15}$`), 'Expected <kind>:<id>')
  .transform((v): CandidateKey => {
    const [k, recordId] = v.split(':');
    return { kind: k as CandidateKey['kind'], recordId: Number(recordId) };
  });

export const candidateListFilters = {
  id: z.union([candidateId.transform((key) => [key]), z.array(candidateId).max(1000)]),
  kind,
  // A century bounds the date arithmetic; no purpose ended before the clinic existed.
  older_than_days: z
    .union([z.number(), z.string().regex(/^\d+$/).transform(Number)], { message: 'Expected a whole number of days' })
    .pipe(
      z
        .number()
        .int('Expected a whole number of days')
        .min(0, 'Expected 0 or more days')
        .max(36_500, 'At most 36500 days'),
    ),
};
