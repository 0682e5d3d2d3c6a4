// The register's columns, which the act's page reuses for its header.
import type { MouseEvent } from 'react';
import { Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { statusChip } from '../common/StatusChip';
import { ShowLink } from '../layout/lists';
import { useCan } from '../providers/useCan';
import { DESTRUCTION_CATEGORIES, type DestructionAct } from '../types';
import { categoryKey, summarizeCategories } from './categories';

/** Kept, or its content gone with the retention period (drawn outlined: nothing left to open but the dates). */
export const ActStatusChip = statusChip('destruction-acts', { kept: 'success', expired: 'default' }, ['expired']);

/** The act's number as the row's link (what Tab reaches). */
export const ActNumberLink = (_props: { source?: string; label?: string }) => {
  const act = useRecordContext<DestructionAct>();
  if (!act) return null;
  return (
    <ShowLink>
      <span style={{ whiteSpace: 'nowrap' }}>{act.number}</span>
    </ShowLink>
  );
};

export const ReasonField = (_props: { source?: string; label?: string }) => {
  const act = useRecordContext<DestructionAct>();
  const translate = useTranslate();
  if (!act) return null;
  return (
    <Typography component="span" variant="body2" sx={{ display: 'block', minWidth: 140 }}>
      {translate(`resources.destructions.reason.${act.reason}`, { _: act.reason })}
    </Typography>
  );
};

/** What went and what stayed, in short words: two lines at most, so that the table keeps 1366 px. */
export const CategoriesSummaryField = (_props: { source?: string; label?: string }) => {
  const act = useRecordContext<DestructionAct>();
  const lines = useCategoryLines(act?.categories ?? [], act?.kind);
  if (!act) return null;
  return (
    <Typography component="span" variant="body2" sx={{ display: 'block', minWidth: 180 }}>
      <span style={{ display: 'block', whiteSpace: 'nowrap' }}>{lines.destroyed}</span>
      {lines.retained && (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {lines.retained}
        </Typography>
      )}
    </Typography>
  );
};

/**
 * «Уничтожено всё», or how many categories went («Уничтожено категорий: 5 из 6») and, by name, the ones kept: a plan
 * decides every category once, so the few that stay say the whole of it in two short lines. A batch of submissions
 * decides only its own category: it names what went («Уничтожено: Обращения с сайта»), not one of six.
 */
export const useCategoryLines = (plan: DestructionAct['categories'], kind: DestructionAct['kind'] = 'subject') => {
  const translate = useTranslate();
  const summary = summarizeCategories(plan);
  const names = (categories: readonly string[]) =>
    categories.map((category) => translate(categoryKey(category, true), { _: category })).join(', ');
  const destroyed =
    kind === 'submissions'
      ? translate('resources.destruction-acts.summary.destroyed_named', { categories: names(summary.destroyed) })
      : summary.all
        ? translate('resources.destruction-acts.summary.destroyed_all')
        : summary.destroyed.length === 0
          ? translate('resources.destruction-acts.summary.nothing_destroyed')
          : translate('resources.destruction-acts.summary.destroyed', {
              count: summary.destroyed.length,
              total: DESTRUCTION_CATEGORIES.length,
            });
  const retained =
    summary.retained.length > 0
      ? translate('resources.destruction-acts.summary.retained', { categories: names(summary.retained) })
      : null;
  return { destroyed, retained };
};

/**
 * What the act covers: «Субъект № N», linked to the subject's card (which says the data was destroyed), or for a batch
 * «Обращения с сайта: N», linked to the batch's page; plain text for those who may not open either.
 */
export const CoverageLink = (_props: { source?: string; label?: string }) => {
  const act = useRecordContext<DestructionAct>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess: canOpenSubject } = useCan('subjects.show');
  const { canAccess: canOpenBatch } = useCan('submission-destructions.show');
  if (!act) return null;
  const target = coverage(act);
  const text = translate(target.text, target.args);
  const mayOpen = target.resource === 'subjects' ? canOpenSubject : canOpenBatch;
  if (!mayOpen || target.id == null) return <Typography variant="body2">{text}</Typography>;
  return (
    <Link
      to={createPath({ resource: target.resource, id: target.id, type: 'show' })}
      underline="hover"
      variant="body2"
      // Inside a clickable row: the link opens the subject or the batch, not the act.
      onClick={(event: MouseEvent) => event.stopPropagation()}
      sx={{ whiteSpace: 'nowrap' }}
    >
      {text}
    </Link>
  );
};

/** The coverage's words and the record they lead to. */
export const coverage = (act: DestructionAct) =>
  act.kind === 'submissions'
    ? {
        text: 'resources.destruction-acts.submissions_link',
        args: { count: act.submissions_count ?? 0 },
        resource: 'submission-destructions',
        id: act.submission_destruction_id,
      }
    : {
        text: 'resources.destruction-acts.subject_link',
        args: { id: act.subject_id },
        resource: 'subjects',
        id: act.subject_id,
      };
