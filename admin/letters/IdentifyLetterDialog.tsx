import { useId, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import {
  AutocompleteInput,
  Form,
  RecordContextProvider,
  ReferenceInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { formatDate } from '../common/format';
import type { FieldErrors } from '../common/useAction';
import { PURPOSE_CHOICES } from '../consents/choices';
import type { IdentifyLetterBody } from '../providers/dataProvider';
import { SubjectStatusChip } from '../subjects/SubjectStatusChip';
import { subjectFullName } from '../subjects/subjectPayload';
import {
  MIN_REASON_LENGTH,
  type IdentificationMethod,
  type IdentityDocumentType,
  type LetterDetail,
  type MatchedSubject,
  type Purpose,
  type Subject,
  type TakeableField,
} from '../types';
import { DOCUMENT_TYPE_CHOICES, METHOD_CHOICES } from './choices';
import { useIdentifyDialog } from './identifyDialogState';
import { LetterComparison } from './LetterComparison';
import { matchedFieldsOf } from './senderMatch';
import { useLetterAction } from './useLetterAction';

/**
 * Identifying the sender: choose the subject (a suggested match or any subject found by surname), compare the letter
 * with it side by side, say how the identity was established (the fields that agree, a signature, an identity
 * document with its type and number, in person), for a withdrawal which consents it takes back, and a note. The server
 * then does in one transaction what the letter's kind asks: blocks the subject, withdraws the consents, gives the
 * terms their subject.
 */
export const IdentifyLetterDialog = () => {
  const letter = useRecordContext<LetterDetail>();
  const { state, close } = useIdentifyDialog();
  const titleId = useId();
  const translate = useTranslate();
  if (!letter) return null;
  return (
    <Dialog open={state.open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>
        {translate('resources.letters.identify.title', { number: letter.reg_number })}
      </DialogTitle>
      <IdentifyBody
        key={state.key}
        letter={letter}
        initialSubject={state.subject ?? letter.matches?.[0]?.subject ?? null}
        onClose={close}
      />
    </Dialog>
  );
};

type PurposeScope = 'all' | 'some';

const IdentifyBody = ({
  letter,
  initialSubject,
  onClose,
}: {
  letter: LetterDetail;
  initialSubject: MatchedSubject | null;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const ids = { method: useId(), purposes: useId(), scope: useId() };
  const [subject, setSubject] = useState<MatchedSubject | null>(initialSubject);
  const [method, setMethod] = useState<IdentificationMethod | ''>(initialSubject ? 'matching_fields' : '');
  const [fields, setFields] = useState<ReadonlySet<TakeableField>>(
    () => new Set(initialSubject ? matchedFieldsOf(letter.sender_name, initialSubject) : []),
  );
  const [documentType, setDocumentType] = useState<IdentityDocumentType | ''>('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [scope, setScope] = useState<PurposeScope>('all');
  const [purposes, setPurposes] = useState<ReadonlySet<Purpose>>(new Set());
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const withdrawal = letter.kind === 'withdrawal';

  const { run, isPending, fieldErrors } = useLetterAction<IdentifyLetterBody>(letter, {
    action: (dataProvider, body) => dataProvider.identifyLetter(letter.id, body),
    successMessage: (data) => ({
      message: data.holds_block
        ? 'resources.letters.notifications.identified_blocked'
        : 'resources.letters.notifications.identified',
    }),
    onSuccess: onClose,
    showsFieldErrors: true,
  });

  const chooseSubject = (next: MatchedSubject | null) => {
    setSubject(next);
    setFields(new Set(next ? matchedFieldsOf(letter.sender_name, next) : []));
  };

  // The checks the server makes (server/letters/letters.schema.ts), shown beside the inputs before sending.
  const trimmedNote = note.trim();
  const problems: FieldErrors = {};
  if (!subject) problems.subject_id = 'resources.letters.identify.choose_subject';
  if (!method) problems.method = 'ra.validation.required';
  if (method === 'matching_fields' && fields.size === 0)
    problems.fields_matched = 'resources.letters.identify.tick_fields';
  if (method === 'identity_document' && !documentType) problems.document_type = 'ra.validation.required';
  if (method === 'identity_document' && !documentNumber.trim()) problems.document_number = 'ra.validation.required';
  if (withdrawal && scope === 'some' && purposes.size === 0)
    problems.purposes = 'resources.letters.identify.tick_purposes';
  if (trimmedNote.length < MIN_REASON_LENGTH) problems.note = trimmedNote ? 'too_short' : 'ra.validation.required';
  const errorOf = (field: string): string | undefined => {
    const local = submitted ? problems[field] : undefined;
    if (local === 'too_short') return translate('ra.validation.minLength', { min: MIN_REASON_LENGTH });
    const message = local ?? fieldErrors?.[field];
    return message ? translate(message, { _: message }) : undefined;
  };

  const submit = () => {
    setSubmitted(true);
    if (Object.keys(problems).length > 0 || !subject || !method) return;
    void run({
      subject_id: Number(subject.id),
      method,
      note: trimmedNote,
      ...(method === 'identity_document'
        ? { document_type: documentType as IdentityDocumentType, document_number: documentNumber.trim() }
        : {}),
      ...(method === 'matching_fields' ? { fields_matched: [...fields] } : {}),
      ...(withdrawal && scope === 'some'
        ? { purposes: PURPOSE_CHOICES.map((c) => c.id).filter((p) => purposes.has(p)) }
        : {}),
      version: letter.version,
    });
  };

  const toggle = <T,>(set: ReadonlySet<T>, value: T, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };

  return (
    // No <form> around it: the subject picker is a form of its own (react-admin's), and forms do not nest.
    <>
      <DialogContent sx={{ pt: 0 }}>
        <DialogContentText sx={{ mb: 1 }}>
          {translate(`resources.letters.identify.effect.${letter.kind}`)}
        </DialogContentText>
        <Typography variant="body2" sx={{ mb: 2 }}>
          <strong>{translate('resources.letters.identify.sender')}:</strong> {letter.sender_name}
          {letter.sender_address ? `, ${letter.sender_address}` : ''}
        </Typography>
        <SubjectPicker initialSubject={initialSubject} onChange={chooseSubject} error={errorOf('subject_id')} />
        {subject ? (
          <Box sx={{ mt: 1 }}>
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
                {subjectFullName(subject)}
              </Typography>
              <RecordContextProvider value={subject}>
                <SubjectStatusChip />
              </RecordContextProvider>
            </Box>
            {subject.status === 'destroyed' && (
              <Alert severity="error" sx={{ mb: 1 }}>
                {translate('resources.letters.identify.destroyed')}
              </Alert>
            )}
            <LetterComparison
              senderName={letter.sender_name}
              subject={subject}
              selectable={method === 'matching_fields'}
              selected={fields}
              onToggle={(field, on) => setFields((previous) => toggle(previous, field, on))}
            />
            {method === 'matching_fields' && errorOf('fields_matched') && (
              <FormHelperText error role="alert">
                {errorOf('fields_matched')}
              </FormHelperText>
            )}
          </Box>
        ) : (
          <Alert severity="info">{translate('resources.letters.identify.choose_subject')}</Alert>
        )}

        <FormControl required error={!!errorOf('method')} sx={{ mt: 2, display: 'block' }}>
          <FormLabel id={ids.method}>{translate('resources.letters.fields.identification_method')}</FormLabel>
          <RadioGroup
            row
            aria-labelledby={ids.method}
            value={method}
            onChange={(event) => setMethod(event.target.value as IdentificationMethod)}
          >
            {METHOD_CHOICES.map((choice) => (
              <FormControlLabel key={choice.id} value={choice.id} control={<Radio />} label={translate(choice.name)} />
            ))}
          </RadioGroup>
          {errorOf('method') && <FormHelperText>{errorOf('method')}</FormHelperText>}
        </FormControl>

        {method === 'identity_document' && (
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, mt: 1 }}>
            <TextField
              select
              required
              label={translate('resources.letters.fields.identification_document_type')}
              value={documentType}
              onChange={(event) => setDocumentType(event.target.value as IdentityDocumentType)}
              error={!!errorOf('document_type')}
              helperText={errorOf('document_type') ?? ' '}
            >
              {DOCUMENT_TYPE_CHOICES.map((choice) => (
                <MenuItem key={choice.id} value={choice.id}>
                  {translate(choice.name)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              required
              label={translate('resources.letters.fields.identification_document_number')}
              value={documentNumber}
              onChange={(event) => setDocumentNumber(event.target.value)}
              error={!!errorOf('document_number')}
              helperText={errorOf('document_number') ?? translate('resources.letters.identify.document_number_hint')}
              slotProps={{ htmlInput: { maxLength: 50, autoComplete: 'off' } }}
            />
          </Box>
        )}

        {withdrawal && (
          <FormControl error={!!errorOf('purposes')} sx={{ mt: 2, display: 'block' }}>
            <FormLabel id={ids.scope}>{translate('resources.letters.fields.purposes')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby={ids.scope}
              value={scope}
              onChange={(event) => setScope(event.target.value as PurposeScope)}
            >
              <FormControlLabel
                value="all"
                control={<Radio />}
                label={translate('resources.letters.identify.all_consents')}
              />
              <FormControlLabel
                value="some"
                control={<Radio />}
                label={translate('resources.letters.identify.some_consents')}
              />
            </RadioGroup>
            {scope === 'some' && (
              <FormGroup row aria-label={translate('resources.letters.fields.purposes')} sx={{ pl: 4 }}>
                {PURPOSE_CHOICES.map((choice) => (
                  <FormControlLabel
                    key={choice.id}
                    control={
                      <Checkbox
                        checked={purposes.has(choice.id)}
                        onChange={(event) =>
                          setPurposes((previous) => toggle(previous, choice.id, event.target.checked))
                        }
                      />
                    }
                    label={translate(choice.name)}
                  />
                ))}
              </FormGroup>
            )}
            <FormHelperText>
              {errorOf('purposes') ?? translate('resources.letters.identify.purposes_hint')}
            </FormHelperText>
          </FormControl>
        )}

        <TextField
          required
          fullWidth
          multiline
          minRows={2}
          sx={{ mt: 2 }}
          label={translate('resources.letters.identify.note')}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={!!errorOf('note')}
          helperText={errorOf('note') ?? translate('resources.letters.identify.note_hint')}
          slotProps={{ htmlInput: { maxLength: 2000 } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={isPending}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" onClick={submit} disabled={isPending || subject?.status === 'destroyed'}>
          {translate('resources.letters.identify.submit')}
        </Button>
      </DialogActions>
    </>
  );
};

/** Any subject, found by surname (the list's q search); starts on the suggested match, if any. */
const SubjectPicker = ({
  initialSubject,
  onChange,
  error,
}: {
  initialSubject: MatchedSubject | null;
  onChange: (subject: MatchedSubject | null) => void;
  error?: string;
}) => (
  // Its own record: inside the card, the form would otherwise start from the letter's values.
  <Form record={{ subject_id: initialSubject?.id ?? null }} noValidate>
    <ReferenceInput source="subject_id" reference="subjects" sort={{ field: 'last_name', order: 'ASC' }} perPage={10}>
      <AutocompleteInput
        label="resources.letters.identify.search"
        optionText={subjectOption}
        onChange={(_value, record) => onChange(record && !Array.isArray(record) ? (record as Subject) : null)}
        helperText={error ?? false}
        fullWidth
      />
    </ReferenceInput>
  </Form>
);

const subjectOption = (subject: Subject) =>
  [subjectFullName(subject), formatDate(subject.birth_date)].filter(Boolean).join(', ');
