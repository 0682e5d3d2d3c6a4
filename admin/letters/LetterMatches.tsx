import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Button, Link, RecordContextProvider, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { useCan } from '../providers/useCan';
import { SubjectStatusChip } from '../subjects/SubjectStatusChip';
import { subjectFullName } from '../subjects/subjectPayload';
import { useTakeableFieldText } from '../submissions/useTakeableFieldText';
import type { LetterDetail, SubmissionMatch } from '../types';
import { useIdentifyDialog } from './identifyDialogState';

/**
 * Until the sender is identified: the subjects whose name agrees with the sender's (the server ranks them), with the
 * parts of the name that agree named, and a button that compares one side by side in the identify dialog.
 */
export const LetterMatches = () => {
  const letter = useRecordContext<LetterDetail>();
  const translate = useTranslate();
  const { canAccess: canProcess } = useCan('letters.process');
  if (!letter?.matches) return null;
  const { matches } = letter;
  if (matches.length === 0) return <Alert severity="info">{translate('resources.letters.matches.none')}</Alert>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('resources.letters.sections.matches')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.submissions.matches.subject')}</TableCell>
            <TableCell>{translate('resources.subjects.fields.birth_date')}</TableCell>
            <TableCell>{translate('resources.subjects.fields.phone')}</TableCell>
            <TableCell>{translate('resources.subjects.fields.status')}</TableCell>
            <TableCell>{translate('resources.letters.matches.matched')}</TableCell>
            {canProcess && (
              <TableCell>
                <VisuallyHidden>{translate('resources.letters.actions.identify')}</VisuallyHidden>
              </TableCell>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {matches.map((match) => (
            <MatchRow key={match.subject.id} match={match} canProcess={canProcess === true} />
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

const MatchRow = ({ match, canProcess }: { match: SubmissionMatch; canProcess: boolean }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const text = useTakeableFieldText();
  const { openIdentify } = useIdentifyDialog();
  const { subject, matched_fields: matched } = match;
  const fieldNames = matched.map((field) => translate(`resources.subjects.fields.${field}`, { _: field })).join(', ');
  return (
    <TableRow data-testid={`letter-match-${subject.id}`}>
      <TableCell sx={{ minWidth: 220 }}>
        <Link to={createPath({ resource: 'subjects', id: subject.id, type: 'show' })}>{subjectFullName(subject)}</Link>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{text('birth_date', subject.birth_date)}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{text('phone', subject.phone)}</TableCell>
      <TableCell>
        <RecordContextProvider value={subject}>
          <SubjectStatusChip />
        </RecordContextProvider>
      </TableCell>
      <TableCell>{fieldNames || translate('pd.common.empty')}</TableCell>
      {canProcess && (
        <TableCell>
          <Button
            label="resources.letters.matches.compare"
            onClick={() => openIdentify(subject)}
            aria-label={translate('resources.letters.matches.compare_with', { name: subjectFullName(subject) })}
          >
            <CompareArrowsIcon />
          </Button>
        </TableCell>
      )}
    </TableRow>
  );
};
