import { Alert, AlertTitle, Typography } from '@mui/material';
import { TabbedShowLayout, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../common/format';
import { ActNumberField } from '../destructions/destructionFields';
import { useCan } from '../providers/useCan';
import type { Subject } from '../types';
import { SubjectHistory } from './SubjectHistory';

/**
 * A destroyed subject's card: the day and the act, and the history, whose personal parts read «сведения уничтожены».
 * Nothing else: the fields hold placeholders, and nothing is left to edit, report on or consent to.
 */
export const DestroyedSubject = () => {
  const subject = useRecordContext<Subject>();
  const translate = useTranslate();
  const { canAccess: canSeeHistory } = useCan('subjects.history');
  if (!subject) return null;
  return (
    <>
      <Alert severity="info" variant="outlined" sx={{ m: 2, mb: 0 }} data-testid="destroyed-banner">
        <AlertTitle>
          {translate('resources.subjects.destroyed.banner', { date: formatDate(subject.destroyed_on) })}{' '}
          <ActNumberField ids="destruction_act" />
        </AlertTitle>
        <Typography variant="body2">{translate('resources.subjects.destroyed.help')}</Typography>
      </Alert>
      {canSeeHistory && (
        <TabbedShowLayout>
          <TabbedShowLayout.Tab label="resources.subjects.tabs.history">
            <SubjectHistory />
          </TabbedShowLayout.Tab>
        </TabbedShowLayout>
      )}
    </>
  );
};
