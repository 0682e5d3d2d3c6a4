// The one phone input of the SPA: a Russian number typed into the mask «+7 (___) ___-__-__» (react-imask), kept in
// the form and sent to the API as "+7XXXXXXXXXX". What people type or paste ends the same way as normalizePhone
// (./format) reads it: «8 (912) 345-67-89», «89123456789», «+7 912 345 67 89» and «9123456789» are all
// +79123456789. Typed key by key, a first «8» or «7» (or «+7») is the trunk or country prefix the mask already shows.
import { forwardRef, useCallback, useRef, useState } from 'react';
import { TextField, type TextFieldProps } from '@mui/material';
import { IMaskInput } from 'react-imask';
import {
  FieldTitle,
  InputHelperText,
  sanitizeInputRestProps,
  useInput,
  type CommonInputProps,
  type Validator,
} from 'react-admin';
import { isNormalizedPhone, normalizePhone } from './format';

/** The ten digits after +7 are the mask's unmasked value. */
const MASK = '+7 (000) 000-00-00';

/**
 * A form value → the digits after +7 that the mask shows. The input itself keeps "+7" and the digits typed so far
 * (a stored number is "+7XXXXXXXXXX"); a value written some other way is read as normalizePhone reads it.
 */
const nationalDigits = (value: unknown): string => {
  if (value == null || value === '') return '';
  const text = String(value).trim();
  if (text.startsWith('+7')) return text.slice(2).replace(/\D/g, '').slice(0, 10);
  const normalized = normalizePhone(text);
  return (normalized && isNormalizedPhone(normalized) ? normalized.slice(2) : text.replace(/\D/g, '')).slice(0, 10);
};

/** Pasted text → the digits after +7: normalizePhone's reading, else a leading 7 or 8 is taken as the prefix. */
const pastedDigits = (text: string): string => {
  const normalized = normalizePhone(text);
  if (normalized && isNormalizedPhone(normalized)) return normalized.slice(2);
  const digits = text.replace(/\D/g, '');
  return /^[78]/.test(digits) && digits.length !== 10 ? digits.slice(1) : digits;
};

interface MaskProps {
  name: string;
  lazy: boolean;
  onChange: (event: { target: { name: string; value: string } }) => void;
}

/** The masked <input> inside MUI's TextField; it reports the digits after +7. */
const PhoneMask = forwardRef<HTMLInputElement, MaskProps>(function PhoneMask({ onChange, name, ...props }, ref) {
  // Whether the prefix («+7» or «8») has been typed since the field was last empty, so that only the first
  // «7» or «8» is taken for it («+7 777 …» keeps its 777); whether the last key was taken for it; and the digits the
  // field held before the current edit.
  const prefix = useRef({ typed: false, justNow: false, last: '' });
  const prepare = useCallback((chunk: string, masked: { unmaskedValue: string }, flags: { input?: boolean }) => {
    const state = prefix.current;
    // Only what the user types or pastes at the start of the number; the value set from the form is digits already.
    if (!flags.input || masked.unmaskedValue !== '') return chunk;
    // Typed over a whole number that was selected: the number starts afresh.
    if (state.last !== '') state.typed = false;
    if (chunk.length > 1) {
      state.typed = true;
      return pastedDigits(chunk);
    }
    if (chunk === '+') return '';
    if (!state.typed && (chunk === '7' || chunk === '8')) {
      state.typed = true;
      state.justNow = true;
      return '';
    }
    return chunk;
  }, []);
  return (
    <IMaskInput
      {...props}
      name={name}
      mask={MASK}
      unmask
      placeholderChar="_"
      prepare={prepare}
      inputRef={ref}
      onAccept={(value: string, _mask: unknown, event?: InputEvent) => {
        const state = prefix.current;
        // Emptied (not by a prefix typed over a selected number): the next 7 or 8 is a prefix again.
        if (value === '' && !state.justNow) state.typed = false;
        state.justNow = false;
        state.last = value;
        // Only the user's edits go to the form; the value set from the form (or the placeholder shown) does not.
        if (event) onChange({ target: { name, value } });
      }}
    />
  );
});

const toFormValue = (digits: string) => (digits === '' ? null : `+7${digits}`);

/** The form holds "+7" and the digits typed so far; a value from elsewhere is checked as the server reads it. */
const wholeNumber: Validator = (value) => {
  if (value == null || value === '') return undefined;
  const text = String(value);
  return isNormalizedPhone(text.startsWith('+7') ? text : normalizePhone(text)) ? undefined : 'pd.inputs.phone.invalid';
};

export type PhoneInputProps = CommonInputProps & Omit<TextFieldProps, 'helperText' | 'label' | 'onChange' | 'value'>;

export const PhoneInput = ({
  source,
  label,
  helperText,
  validate,
  resource,
  className,
  disabled,
  readOnly,
  onFocus,
  onBlur,
  ...rest
}: PhoneInputProps) => {
  const { id, field, fieldState, isRequired } = useInput({
    ...rest,
    source,
    resource,
    disabled,
    readOnly,
    validate: [wholeNumber, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])],
    format: nationalDigits,
    parse: toFormValue,
    onBlur,
  });
  const [focused, setFocused] = useState(false);
  const digits = field.value as string;

  return (
    <TextField
      id={id}
      {...sanitizeInputRestProps(rest)}
      name={field.name}
      inputRef={field.ref}
      value={digits}
      onChange={field.onChange}
      onFocus={(event) => {
        setFocused(true);
        onFocus?.(event);
      }}
      onBlur={() => {
        setFocused(false);
        field.onBlur();
      }}
      type="tel"
      className={['ra-input', `ra-input-${source}`, className].filter(Boolean).join(' ')}
      disabled={disabled}
      error={fieldState.invalid}
      label={
        label !== '' && label !== false ? (
          <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />
        ) : null
      }
      helperText={
        helperText !== false || fieldState.invalid ? (
          <InputHelperText error={fieldState.error?.message} helperText={helperText} />
        ) : null
      }
      slotProps={{
        input: { inputComponent: PhoneMask as never, readOnly },
        // The mask shows while the field has the focus or a number; an empty field at rest shows its label.
        htmlInput: { lazy: !focused && digits === '' },
      }}
    />
  );
};
