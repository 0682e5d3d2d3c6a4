import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { formatMoscowMinute } from '../common/moscowTime';
import { useCan } from '../providers/useCan';
import type { IncidentSubjectLink } from '../types';
import type { IncidentDetailRecord } from './incidentTypes';

/**
 * The subjects linked to the incident: a link to the card for those who may open subjects; for the administrator, who
 * may not, the number only (the server sends no name then).
 */
export const IncidentSubjects = () => {
  const incident = useRecordContext<IncidentDetailRecord>();
  const translate = useTranslate();
  if (!incident?.subjects) return null;
  if (incident.subjects.length === 0) {
    return <Alert severity="info">{translate('resources.incidents.subjects.none')}</Alert>;
  }
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table
        size="small"
        aria-label={translate('resources.incidents.sections.subjects')}
        data-testid="incident-subjects"
      >
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.incidents.subjects.subject')}</TableCell>
            <TableCell>{translate('resources.incidents.subjects.linked_at')}</TableCell>
            <TableCell>{translate('resources.incidents.subjects.linked_by')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {incident.subjects.map((link) => (
            <TableRow key={link.subject_id}>
              <TableCell>
                <SubjectCell link={link} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatMoscowMinute(link.linked_at)}</TableCell>
              <TableCell>{link.linked_by_login}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

const SubjectCell = ({ link }: { link: IncidentSubjectLink }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess } = useCan('subjects.show');
  const number = translate('resources.incidents.subjects.number', { id: link.subject_id });
  if (link.destroyed) return <>{`${number} · ${translate('resources.incidents.subjects.destroyed')}`}</>;
  if (!canAccess) return <>{number}</>;
  return (
    <Link to={createPath({ resource: 'subjects', id: link.subject_id, type: 'show' })}>{link.name ?? number}</Link>
  );
};
