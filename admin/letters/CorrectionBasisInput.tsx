import { Alert } from '@mui/material';
import { SelectInput, required, useLocation, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../common/format';
import type { Subject } from '../types';
import { useBlockingLetters } from './BlockedBanner';

/**
 * On the correction form of a blocked subject: the identified correction letter the correction answers (152-FZ art.
 * 21 p.1–2). It is the one correction a blocked subject takes, and its audit entry names the letter. The letter comes
 * preselected from the banner's «Уточнить по письму» (?letter_id=…) or when there is only one.
 */
export const CorrectionBasisInput = () => {
  const subject = useRecordContext<Subject>();
  const translate = useTranslate();
  const location = useLocation();
  const { letters, isPending } = useBlockingLetters(subject);
  if (!subject || subject.status !== 'blocked' || isPending) return null;
  const corrections = letters.filter((letter) => letter.kind === 'correction');
  if (corrections.length === 0) {
    return (
      <Alert severity="warning" sx={{ mb: 1 }}>
        {translate('resources.letters.correction_basis.none')}
      </Alert>
    );
  }
  const asked = new URLSearchParams(location.search).get('letter_id');
  const chosen =
    corrections.find((letter) => String(letter.id) === asked)?.id ??
    (corrections.length === 1 ? corrections[0].id : undefined);
  return (
    <SelectInput
      source="letter_id"
      label="resources.letters.correction_basis.label"
      helperText="resources.letters.correction_basis.hint"
      choices={corrections.map((letter) => ({
        id: letter.id,
        name: translate('resources.letters.correction_basis.choice', {
          number: letter.reg_number,
          date: formatDate(letter.received_on),
        }),
      }))}
      translateChoice={false}
      defaultValue={chosen}
      validate={required()}
    />
  );
};

/** The correction body with the letter, when one was chosen. */
export const withLetterBasis =
  <T extends object>(toBody: (values: Partial<Record<string, unknown>>) => T) =>
  (values: Partial<Record<string, unknown>>) => ({
    ...toBody(values),
    ...(values.letter_id != null && values.letter_id !== '' ? { letter_id: Number(values.letter_id) } : {}),
  });
