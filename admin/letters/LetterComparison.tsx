import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useId } from 'react';
import { Box, Checkbox, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { useTakeableFieldText } from '../submissions/useTakeableFieldText';
import { TAKEABLE_FIELDS, type MatchedSubject, type TakeableField } from '../types';
import { NAME_FIELDS, senderNameMatches } from './senderMatch';

/**
 * The sender as the letter gives them beside the subject's values, field by field, as the review queue compares a
 * submission: what agrees is in bold green with a check mark and its row tinted. With the `matching_fields` method
 * the operator ticks the fields that establish the identity (the ones that agree are ticked first); the fields the
 * register does not hold (date of birth, phone…) can be ticked when the letter or its scan shows them.
 */
export const LetterComparison = ({
  senderName,
  subject,
  selectable,
  selected,
  onToggle,
}: {
  senderName: string | null;
  subject: MatchedSubject;
  /** The `matching_fields` method: a tick per field. */
  selectable: boolean;
  selected: ReadonlySet<TakeableField>;
  onToggle: (field: TakeableField, on: boolean) => void;
}) => {
  const translate = useTranslate();
  const text = useTakeableFieldText();
  const found = senderNameMatches(senderName, subject);
  const noteId = useId();
  return (
    <>
      <Table size="small" aria-label={translate('resources.letters.identify.table')} aria-describedby={noteId}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.submissions.link.field')}</TableCell>
            <TableCell>{translate('resources.letters.identify.in_letter')}</TableCell>
            <TableCell>{translate('resources.letters.identify.in_subject')}</TableCell>
            <TableCell>{translate('resources.letters.identify.matched')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {TAKEABLE_FIELDS.map((field) => {
            const label = translate(`resources.subjects.fields.${field}`);
            const written = found[field];
            const matched = written !== undefined;
            const isName = (NAME_FIELDS as readonly string[]).includes(field);
            return (
              <TableRow
                key={field}
                data-field={field}
                data-matched={matched || undefined}
                sx={matched ? { bgcolor: (theme) => alpha(theme.palette.success.main, 0.1) } : undefined}
              >
                <TableCell component="th" scope="row" sx={{ fontWeight: matched ? 600 : undefined }}>
                  {label}
                </TableCell>
                <TableCell>
                  {matched ? (
                    <Matched text={written} />
                  ) : (
                    <Box component="span" sx={{ color: 'text.secondary' }}>
                      {isName ? translate('resources.letters.identify.not_in_name') : translate('pd.common.empty')}
                    </Box>
                  )}
                </TableCell>
                <TableCell>
                  {matched ? <Matched text={text(field, subject[field])} /> : text(field, subject[field])}
                </TableCell>
                <TableCell padding="checkbox">
                  {selectable ? (
                    <Checkbox
                      size="small"
                      checked={selected.has(field)}
                      onChange={(event) => onToggle(field, event.target.checked)}
                      slotProps={{
                        input: {
                          'aria-label': translate('resources.letters.identify.confirm_field', { field: label }),
                        },
                      }}
                    />
                  ) : matched ? (
                    <CheckCircleIcon color="success" fontSize="small" aria-hidden />
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Typography id={noteId} variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
        {translate(
          selectable ? 'resources.letters.identify.not_in_register_tick' : 'resources.letters.identify.not_in_register',
        )}
      </Typography>
    </>
  );
};

const Matched = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Box component="strong" sx={{ color: 'success.dark', whiteSpace: 'nowrap' }} data-matched="true">
      {text}
      <CheckCircleIcon sx={{ fontSize: '0.9rem', ml: 0.25, verticalAlign: 'text-bottom' }} aria-hidden />
      <VisuallyHidden> ({translate('resources.submissions.matches.matched')})</VisuallyHidden>
    </Box>
  );
};
