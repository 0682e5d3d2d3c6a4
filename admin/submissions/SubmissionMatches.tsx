import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import { Alert, Box, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Button, Link, RecordContextProvider, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { useCan } from '../providers/useCan';
import { SubjectStatusChip } from '../subjects/SubjectStatusChip';
import type { SubmissionDetail, SubmissionMatch } from '../types';
import { useLinkDialog } from './linkDialogState';
import { useTakeableFieldText } from './useTakeableFieldText';

/**
 * Existing subjects that may be the same person, best first (the server ranks them).
 * The fields that agree with the submission are set in bold with a check mark, and
 * listed as chips, so the operator sees at a glance why a subject was suggested.
 */
export const SubmissionMatches = () => {
  const record = useRecordContext<SubmissionDetail>();
  const translate = useTranslate();
  const { canAccess: canDecide } = useCan('submissions.decide', record);
  const matches = record?.matches ?? [];
  if (!record) return null;
  if (matches.length === 0) {
    return <Alert severity="info">{translate('resources.submissions.matches.none')}</Alert>;
  }
  const showLink = canDecide === true && record.status === 'new';
  return (
    // Relative: the visually hidden texts inside are positioned absolutely and must not widen the page.
    <Box sx={{ overflowX: 'auto', position: 'relative' }}>
      <Table size="small" aria-label={translate('resources.submissions.sections.matches')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.submissions.matches.subject')}</TableCell>
            <TableCell>{translate('resources.subjects.fields.birth_date')}</TableCell>
            <TableCell>
              {translate('resources.subjects.fields.phone')} / {translate('resources.subjects.fields.email')}
            </TableCell>
            <TableCell>
              {translate('resources.subjects.fields.status')} / {translate('resources.submissions.matches.score')}
            </TableCell>
            {showLink && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {matches.map((match) => (
            <MatchRow key={match.subject.id} match={match} showLink={showLink} />
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

const MatchRow = ({ match, showLink }: { match: SubmissionMatch; showLink: boolean }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { openLink } = useLinkDialog();
  const text = useTakeableFieldText();
  const { subject, matched_fields: matched } = match;
  const value = (field: 'last_name' | 'first_name' | 'patronymic' | 'birth_date' | 'phone' | 'email') => (
    <MatchValue matched={matched.includes(field)} text={text(field, subject[field])} />
  );
  return (
    <TableRow data-testid={`match-${subject.id}`}>
      <TableCell sx={{ minWidth: 200 }}>
        <Link to={createPath({ resource: 'subjects', id: subject.id, type: 'show' })}>
          {value('last_name')} {value('first_name')} {subject.patronymic && value('patronymic')}
        </Link>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5 }} aria-hidden>
          {matched.map((field) => (
            <Chip
              key={field}
              size="small"
              color="success"
              variant="outlined"
              label={translate(`resources.subjects.fields.${field}`, { _: field })}
            />
          ))}
        </Box>
        <VisuallyHidden>
          {translate('resources.submissions.matches.matched_fields', {
            fields: matched.map((field) => translate(`resources.subjects.fields.${field}`, { _: field })).join(', '),
          })}
        </VisuallyHidden>
      </TableCell>
      <TableCell>{value('birth_date')}</TableCell>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>
        <Box sx={{ whiteSpace: 'nowrap' }}>{value('phone')}</Box>
        <Box>{value('email')}</Box>
      </TableCell>
      <TableCell>
        <RecordContextProvider value={subject}>
          <SubjectStatusChip />
        </RecordContextProvider>
        <Box sx={{ mt: 0.5 }}>{match.score}</Box>
      </TableCell>
      {showLink && (
        <TableCell>
          <Button label="resources.submissions.matches.compare" onClick={() => openLink(subject)}>
            <CompareArrowsIcon />
          </Button>
        </TableCell>
      )}
    </TableRow>
  );
};

const MatchValue = ({ matched, text }: { matched: boolean; text: string }) => {
  const translate = useTranslate();
  if (!matched) return <span>{text}</span>;
  return (
    <Box component="strong" sx={{ color: 'success.dark' }} data-matched="true">
      {text}
      <CheckCircleIcon sx={{ fontSize: '0.9rem', ml: 0.25, verticalAlign: 'text-bottom' }} aria-hidden />
      <VisuallyHidden> ({translate('resources.submissions.matches.matched')})</VisuallyHidden>
    </Box>
  );
};
