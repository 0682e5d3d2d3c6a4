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
  const lines = useCategoryLines(act?.categories ?? []);
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
 * decides every category once, so the few that stay say the whole of it in two short lines.
 */
export const useCategoryLines = (plan: DestructionAct['categories']) => {
  const translate = useTranslate();
  const summary = summarizeCategories(plan);
  const destroyed = summary.all
    ? translate('resources.destruction-acts.summary.destroyed_all')
    : summary.destroyed.length === 0
      ? translate('resources.destruction-acts.summary.nothing_destroyed')
      : translate('resources.destruction-acts.summary.destroyed', {
          count: summary.destroyed.length,
          total: DESTRUCTION_CATEGORIES.length,
        });
  const retained =
    summary.retained.length > 0
      ? translate('resources.destruction-acts.summary.retained', {
          categories: summary.retained
            .map((category) => translate(categoryKey(category, true), { _: category }))
            .join(', '),
        })
      : null;
  return { destroyed, retained };
};

/** «Субъект № N», a link to the subject's card (which says the data was destroyed) for those who may open it. */
export const SubjectLink = (_props: { source?: string; label?: string }) => {
  const act = useRecordContext<DestructionAct>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess } = useCan('subjects.show');
  if (!act) return null;
  const text = translate('resources.destruction-acts.subject_link', { id: act.subject_id });
  if (!canAccess) return <Typography variant="body2">{text}</Typography>;
  return (
    <Link
      to={createPath({ resource: 'subjects', id: act.subject_id, type: 'show' })}
      underline="hover"
      variant="body2"
      // Inside a clickable row: the link opens the subject, not the act.
      onClick={(event: MouseEvent) => event.stopPropagation()}
      sx={{ whiteSpace: 'nowrap' }}
    >
      {text}
    </Link>
  );
};
