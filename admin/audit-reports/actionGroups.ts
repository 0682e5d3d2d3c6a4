// The dashboard's chart groups the log's kinds of action (the part of an action before its dot; 27 of them today)
// into six groups by the work they belong to: 27 colours could not be told apart, six Okabe–Ito colours can, also
// with the common colour-vision deficiencies. The groups' contents are listed under the chart, and the log's own
// filter still offers every kind.
import { AUDIT_ACTIONS } from '../types';

export const ACTION_GROUPS = ['auth', 'subjects', 'correspondence', 'destruction', 'control', 'admin'] as const;
export type ActionGroup = (typeof ACTION_GROUPS)[number];

export const GROUP_COLORS: Record<ActionGroup, string> = {
  auth: '#0072B2',
  subjects: '#E69F00',
  correspondence: '#009E73',
  destruction: '#D55E00',
  control: '#CC79A7',
  admin: '#56B4E9',
};

const GROUP_OF_KIND: Readonly<Record<string, ActionGroup>> = {
  auth: 'auth',
  subject: 'subjects',
  subjects: 'subjects',
  consent: 'subjects',
  marketing_list: 'subjects',
  submission: 'correspondence',
  letter: 'correspondence',
  reply: 'correspondence',
  disclosure: 'correspondence',
  deadline: 'correspondence',
  attachment: 'correspondence',
  destruction: 'destruction',
  submission_destruction: 'destruction',
  destruction_act: 'destruction',
  destruction_acts: 'destruction',
  retention: 'destruction',
  audit_log: 'control',
  audit_report: 'control',
  checkpoint: 'control',
  signing_key: 'control',
  incident: 'control',
};

/** A kind not named above (administration, the system, or one added later) counts as «administration and other». */
export const groupOfKind = (kind: string): ActionGroup => GROUP_OF_KIND[kind] ?? 'admin';

/** The kinds of the contract in each group, for the note under the chart. */
export const KINDS_BY_GROUP: Record<ActionGroup, string[]> = (() => {
  const kinds = [...new Set(AUDIT_ACTIONS.map((action) => action.slice(0, action.indexOf('.'))))];
  const byGroup = Object.fromEntries(ACTION_GROUPS.map((group) => [group, [] as string[]])) as Record<
    ActionGroup,
    string[]
  >;
  for (const kind of kinds) byGroup[groupOfKind(kind)].push(kind);
  return byGroup;
})();

export type GroupCounts = Record<ActionGroup, number>;

/** The server's counts per day and kind, summed per day and group; every day of `days` present, oldest first. */
export const countsByGroup = (
  days: string[],
  cells: { day: string; kind: string; count: number }[],
): { day: string; counts: GroupCounts; total: number }[] => {
  const rows = new Map(
    days.map((day) => [
      day,
      { day, counts: Object.fromEntries(ACTION_GROUPS.map((g) => [g, 0])) as GroupCounts, total: 0 },
    ]),
  );
  for (const cell of cells) {
    const row = rows.get(cell.day);
    if (!row) continue;
    row.counts[groupOfKind(cell.kind)] += cell.count;
    row.total += cell.count;
  }
  return [...rows.values()];
};
