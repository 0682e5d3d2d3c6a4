import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';
import { Button, Link, useRecordContext } from 'react-admin';
import { accessReportPath } from '../accessReport';
import { useCan } from '../providers/useCan';
import type { Subject } from '../types';

/** Opens the subject's access report (152-FZ art. 14 p.7); each opening generates it anew, and is logged. */
export const AccessReportButton = () => {
  const subject = useRecordContext<Subject>();
  const { canAccess } = useCan('subjects.access_report', subject);
  if (!subject || !canAccess) return null;
  return (
    <Button component={Link} to={accessReportPath(subject.id)} label="pd.access_report.open">
      <AssignmentIcon />
    </Button>
  );
};
