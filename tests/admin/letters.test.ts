import { describe, expect, it } from 'vitest';
import { byMonth, lastTwelveMonths } from '../../admin/dashboard/closedByMonth.js';
import { withLetterBasis } from '../../admin/letters/CorrectionBasisInput.js';
import { toLetterBody } from '../../admin/letters/LetterInputs.js';
import { matchedFieldsOf, senderNameMatches } from '../../admin/letters/senderMatch.js';
import type { DeadlineItem, MatchedSubject } from '../../admin/types.js';
import { nameWords } from '../../server/letters/letterSearch.js';
import { normalizeName } from '../../server/shared/text.js';

// The letters' and the dashboard's pure helpers, run in Node.

const subject = (over: Partial<MatchedSubject> = {}): MatchedSubject => ({
  id: 1,
  last_name: 'Соколова',
  first_name: 'Ольга',
  patronymic: 'Викторовна',
  birth_date: '1978-02-14',
  sex: 'female',
  phone: '+79161234567',
  email: null,
  status: 'active',
  version: 1,
  ...over,
});

/** What the server's suggestion names as matching (server/letters/letters.service.ts, matches). */
const serverMatched = (sender: string, s: MatchedSubject) => {
  const words = nameWords(sender);
  return (['last_name', 'first_name', 'patronymic'] as const).filter(
    (f) => !!s[f] && words.includes(normalizeName(s[f]!)),
  );
};

describe('the sender compared with a subject', () => {
  const cases: [string, Partial<MatchedSubject>][] = [
    ['Соколова Ольга Викторовна', {}],
    ['соколова  ОЛЬГА викторовна', {}],
    ['Ольга Викторовна Соколова', {}],
    ['Соколова О. В.', {}],
    ['Соколова Анна Петровна', {}],
    ['Фёдорова Алёна', { last_name: 'Федорова', first_name: 'Алена', patronymic: null }],
    ['Оганесян-Тер-Петросян Анаит', { last_name: 'Оганесян-Тер-Петросян', first_name: 'Анаит', patronymic: null }],
    ['Иванов Иван', {}],
    [
      'Воскресенская-Преображенская Анна',
      { last_name: 'Воскресенская-Преображенская', first_name: 'Анна', patronymic: null },
    ],
    ['Анна Воскресенская', { last_name: 'Воскресенская', first_name: 'Анна', patronymic: null }],
  ];
  it.each(cases)('«%s»: the same fields as the server’s suggestion', (sender, over) => {
    const s = subject(over);
    expect(matchedFieldsOf(sender, s)).toEqual(serverMatched(sender, s));
  });

  it('counts a hyphenated surname whole and by its halves', () => {
    expect(nameWords('Воскресенская-Преображенская А.-М.')).toEqual([
      'воскресенская-преображенская',
      'воскресенская',
      'преображенская',
    ]);
    const hyphenated = subject({ last_name: 'Воскресенская-Преображенская', first_name: 'Анна', patronymic: null });
    expect(matchedFieldsOf('воскресенская-преображенская анна', hyphenated)).toEqual(['last_name', 'first_name']);
  });

  it('shows each matching part as the sender wrote it', () => {
    expect(senderNameMatches('соколова ОЛЬГА', subject())).toEqual({ last_name: 'соколова', first_name: 'ОЛЬГА' });
    expect(senderNameMatches(null, subject())).toEqual({});
  });
});

describe('the compliance officer’s months', () => {
  it('are the 12 months up to the current one, across a new year', () => {
    expect(lastTwelveMonths('2026-12-01')).toEqual([
      '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06',
      '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12',
    ]); // prettier-ignore
    const march = lastTwelveMonths('2027-03-15');
    expect([march[0], march[11]]).toEqual(['2026-04', '2027-03']);
  });

  it('count the items closed in each, on time and late, and leave out the others', () => {
    const item = (state: DeadlineItem['state'], closed_on: string | null) => ({ state, closed_on }) as DeadlineItem;
    const rows = byMonth(
      [
        item('closed', '2026-06-05'),
        item('closed_late', '2026-06-30'),
        item('closed_late', '2026-08-28'),
        item('closed', '2025-05-01'), // before the 12 months
        item('open', null),
      ],
      lastTwelveMonths('2026-12-01'),
    );
    expect(rows.find((r) => r.month === '2026-06')).toEqual({ month: '2026-06', onTime: 1, late: 1 });
    expect(rows.find((r) => r.month === '2026-08')).toEqual({ month: '2026-08', onTime: 0, late: 1 });
    expect(rows.reduce((n, r) => n + r.onTime + r.late, 0)).toBe(3);
  });
});

describe('the letter’s bodies', () => {
  it('registration: texts trimmed, empty optional ones null, the files kept for the upload step', () => {
    const files = [{ rawFile: 'x' }];
    expect(
      toLetterBody({
        kind: 'withdrawal',
        received_on: '2026-12-01',
        sender_name: '  Соколова Ольга ',
        sender_address: 'Москва',
        registered_mail_number: ' ',
        summary: '',
        assignee_id: 3,
        attachments: files,
        reg_number: 'ВХ-2026-00001',
      }),
    ).toEqual({
      kind: 'withdrawal',
      received_on: '2026-12-01',
      sender_name: 'Соколова Ольга',
      sender_address: 'Москва',
      registered_mail_number: null,
      summary: null,
      assignee_id: 3,
      attachments: files,
    });
  });

  it('correction: the letter as its basis only when one was chosen', () => {
    const toBody = withLetterBasis((values) => ({ phone: values.phone }));
    expect(toBody({ phone: '+7', letter_id: '6' })).toEqual({ phone: '+7', letter_id: 6 });
    expect(toBody({ phone: '+7', letter_id: '' })).toEqual({ phone: '+7' });
    expect(toBody({ phone: '+7' })).toEqual({ phone: '+7' });
  });
});
