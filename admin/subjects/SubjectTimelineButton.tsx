import TimelineIcon from '@mui/icons-material/Timeline';
import { Button, Link, useRecordContext } from 'react-admin';
import { subjectTimelinePath } from '../audit-reports/paths';
import { useCan } from '../providers/useCan';
import type { Subject } from '../types';

/**
 * «Хронология»: the compliance report of everything done to this subject, opened from the card (the officer would
 * otherwise copy the id into the report's form). Shown to whoever may read the reports; a destroyed subject keeps it.
 */
export const SubjectTimelineButton = () => {
  const subject = useRecordContext<Subject>();
  const { canAccess } = useCan('audit-reports.show');
  if (!subject || !canAccess) return null;
  return (
    <Button component={Link} to={subjectTimelinePath(subject.id)} label="pd.audit_reports.timeline.open_from_subject">
      <TimelineIcon />
    </Button>
  );
};
