import CheckIcon from '@mui/icons-material/Check';
import {
  Chip,
  FormControlLabel,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { TAKEABLE_FIELDS, type MatchedSubject, type Submission, type TakeableField } from '../types';
import { sameValue, useTakeableFieldText } from './useTakeableFieldText';

/** The fields whose value differs and that the submission actually fills (an empty value is never taken). */
export const takeableFields = (subject: MatchedSubject, submission: Submission): TakeableField[] =>
  TAKEABLE_FIELDS.filter(
    (field) => !sameValue(subject[field], submission[field]) && submission[field] != null && submission[field] !== '',
  );

/**
 * The subject's current values beside the submission's, field by field, with a choice
 * per differing field: keep the subject's value (the default) or take the new one.
 */
export const FieldComparison = ({
  subject,
  submission,
  taken,
  onChange,
}: {
  subject: MatchedSubject;
  submission: Submission;
  taken: ReadonlySet<TakeableField>;
  onChange: (field: TakeableField, take: boolean) => void;
}) => {
  const translate = useTranslate();
  const text = useTakeableFieldText();
  const canTake = new Set(takeableFields(subject, submission));
  return (
    <Table size="small" aria-label={translate('resources.submissions.link.table')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.submissions.link.field')}</TableCell>
          <TableCell>{translate('resources.submissions.link.current')}</TableCell>
          <TableCell>{translate('resources.submissions.link.incoming')}</TableCell>
          <TableCell>{translate('resources.submissions.link.choice')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {TAKEABLE_FIELDS.map((field) => {
          const label = translate(`resources.subjects.fields.${field}`);
          const differs = !sameValue(subject[field], submission[field]);
          const take = taken.has(field) && canTake.has(field);
          return (
            <TableRow
              key={field}
              data-field={field}
              data-differs={differs || undefined}
              sx={differs ? { bgcolor: (theme) => alpha(theme.palette.warning.main, 0.12) } : undefined}
            >
              <TableCell component="th" scope="row" sx={{ fontWeight: differs ? 600 : undefined }}>
                {label}
              </TableCell>
              <TableCell sx={{ textDecoration: take ? 'line-through' : undefined }}>
                {text(field, subject[field])}
              </TableCell>
              <TableCell sx={{ fontWeight: differs ? 600 : undefined }}>{text(field, submission[field])}</TableCell>
              <TableCell>
                {differs ? (
                  <RadioGroup
                    row
                    aria-label={label}
                    value={take ? 'take' : 'keep'}
                    onChange={(event) => onChange(field, event.target.value === 'take')}
                  >
                    <FormControlLabel
                      value="keep"
                      control={<Radio size="small" />}
                      label={translate('resources.submissions.link.keep')}
                    />
                    <FormControlLabel
                      value="take"
                      control={<Radio size="small" />}
                      label={translate('resources.submissions.link.take')}
                      disabled={!canTake.has(field)}
                    />
                  </RadioGroup>
                ) : (
                  <Chip
                    size="small"
                    variant="outlined"
                    color="success"
                    icon={<CheckIcon />}
                    label={
                      <>
                        {translate('resources.submissions.link.same')}
                        <VisuallyHidden>: {label}</VisuallyHidden>
                      </>
                    }
                  />
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
