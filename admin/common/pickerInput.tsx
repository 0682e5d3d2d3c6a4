// What the date input and the date-time input share: an MUI X picker bound to the form by react-admin's useInput,
// labelled, explained and marked invalid like every other input of the SPA (FieldTitle with its required marker,
// InputHelperText with the validation or the server's field error). The field is typed section by section
// (ДД.ММ.ГГГГ), the calendar opens from its button, the clear button empties it.
//
// The form holds what the API takes (the callers convert), null when the field is empty, or one of two markers
// while the field shows something that is not a date: validation refuses both, so such a form is never submitted
// (and a list filter is never applied).
import { useEffect, useRef, useState } from 'react';
import type { SxProps, Theme } from '@mui/material';
import { FieldTitle, InputHelperText, useInput, type InputProps, type Validator } from 'react-admin';

/** The field shows a date typed in part («13.09.ГГГГ»). */
export const INCOMPLETE = 'pd:incomplete-date';
/** The field shows a whole date that does not exist («31.02.2020»). */
export const IMPOSSIBLE = 'pd:impossible-date';

export interface PickerInputProps extends Omit<InputProps, 'format' | 'parse' | 'onChange' | 'onBlur' | 'type'> {
  className?: string;
  sx?: SxProps<Theme>;
  fullWidth?: boolean;
  margin?: 'none' | 'dense' | 'normal';
  variant?: 'standard' | 'outlined' | 'filled';
  size?: 'small' | 'medium';
}

interface Conversion {
  /** The form's value → the picker's date (null when empty). */
  toDate: (value: unknown) => Date | null;
  /** A real date from the picker → the form's value. */
  toValue: (date: Date) => string;
  /** Runs before the caller's validators: the markers and the bounds. */
  check: Validator;
}

const keep = (value: unknown) => value;

// The format an empty field shows (ДД.ММ.ГГГГ) in the secondary text colour, readable (WCAG AA) unlike the pickers'
// 42 % opacity; once a section holds a digit, or the field has the focus, all of it is in the text colour.
const PLACEHOLDER: SxProps<Theme> = {
  '& .MuiPickersInputBase-root:not(.Mui-disabled) .MuiPickersInputBase-sectionsContainer': {
    opacity: 1,
    color: 'text.secondary',
  },
  '& .MuiPickersInputBase-root:not(.Mui-disabled):is(.Mui-focused, :has([aria-valuenow])) .MuiPickersInputBase-sectionsContainer':
    { color: 'text.primary' },
};
const isRealDate = (date: Date) => !Number.isNaN(date.getTime());

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** "1992-09-13" → that day's local midnight, whatever the time zone (and years before 100 stay what they are). */
export const dayToDate = (value: unknown): Date | null => {
  if (value == null || value === '') return null;
  if (value instanceof Date) return value;
  const match = DAY.exec(String(value));
  if (!match) return new Date(Number.NaN);
  const date = new Date(0);
  date.setFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  date.setHours(0, 0, 0, 0);
  return date;
};

/** The props every picker of the SPA takes from its input: value, change, and the text field's label, help, error. */
export const usePickerInput = (props: PickerInputProps, { toDate, toValue, check }: Conversion) => {
  const {
    source,
    label,
    helperText,
    validate,
    resource,
    className,
    sx,
    fullWidth = true,
    margin = 'dense',
    variant = 'filled',
    size = 'small',
    disabled,
    readOnly,
    alwaysOn: _alwaysOn,
    ...rest
  } = props;
  const { id, field, fieldState, isRequired } = useInput({
    ...rest,
    source,
    resource,
    disabled,
    readOnly,
    validate: [check, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])],
    format: keep,
    parse: keep,
  });

  // The picker's own date, kept beside the form value it stands for: a date typed in part or an impossible one has
  // no form value of its own, and the picker must get back exactly the date it published to keep what is typed.
  const [shown, setShown] = useState(() => ({ date: toDate(field.value), value: field.value as unknown }));
  if (field.value !== shown.value) {
    // Changed from outside the field: a record loaded, a form reset, a filter cleared.
    setShown({ date: toDate(field.value), value: field.value });
  }
  const write = (date: Date | null, value: unknown) => {
    setShown({ date, value });
    field.onChange(value);
  };
  const onChange = (date: Date | null) =>
    write(date, date === null ? null : isRealDate(date) ? toValue(date) : IMPOSSIBLE);

  // The field's hidden input holds what the sections show («13.09.ГГГГ»), empty when they are all empty. A date
  // typed in part publishes nothing (its value stays null), so leaving the field is when it is told apart.
  const typed = useRef<HTMLInputElement>(null);
  const onBlur = () => {
    if (shown.date === null) {
      const value = typed.current?.value ? INCOMPLETE : null;
      // An empty field stays as the form had it (undefined, '' from a filter): passing through is no change.
      const empty = field.value == null || field.value === '';
      if (value !== null ? value !== field.value : !empty) write(null, value);
    }
    field.onBlur();
  };

  // When a submission fails, react-hook-form focuses the first invalid input: here, the field's first section.
  const { ref: register } = field;
  useEffect(() => {
    register({ focus: () => typed.current?.parentElement?.querySelector<HTMLElement>('[role="spinbutton"]')?.focus() });
  }, [register]);

  return {
    value: shown.date,
    onChange,
    name: field.name,
    disabled,
    readOnly,
    slotProps: {
      field: { clearable: !disabled && !readOnly, onBlur },
      textField: {
        id,
        inputRef: typed,
        className: ['ra-input', `ra-input-${source}`, className].filter(Boolean).join(' '),
        sx: [PLACEHOLDER, ...(Array.isArray(sx) ? sx : [sx])],
        fullWidth,
        margin,
        variant,
        size,
        error: fieldState.invalid,
        label:
          label !== '' && label !== false ? (
            <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />
          ) : null,
        helperText:
          helperText !== false || fieldState.invalid ? (
            <InputHelperText error={fieldState.error?.message} helperText={helperText} />
          ) : null,
        // The sections' placeholders (ДД.ММ.ГГГГ) always show, as the browser's own date input did.
        slotProps: { inputLabel: { shrink: true } },
      },
    },
  };
};
