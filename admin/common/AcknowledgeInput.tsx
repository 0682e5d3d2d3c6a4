import { useMemo } from 'react';
import { Checkbox, FormControl, FormControlLabel, FormHelperText } from '@mui/material';
import { InputHelperText, useInput, useTranslate } from 'react-admin';

/**
 * A required tick inside a react-admin Form («Я понимаю, что…»), so that an irreversible step is not taken by a
 * reflexive click. A checkbox, not react-admin's BooleanInput: that is a switch, which reads as a setting.
 * `label` and `requiredMessage` are i18n keys.
 */
export const AcknowledgeInput = ({
  source = 'understood',
  label,
  requiredMessage,
}: {
  source?: string;
  label: string;
  requiredMessage: string;
}) => {
  const translate = useTranslate();
  const validate = useMemo(() => (value: unknown) => (value === true ? undefined : requiredMessage), [requiredMessage]);
  const { field, fieldState } = useInput({ source, validate });
  return (
    <FormControl error={fieldState.invalid} sx={{ mt: 1 }}>
      <FormControlLabel
        control={
          <Checkbox
            checked={field.value === true}
            onChange={(event) => field.onChange(event.target.checked)}
            onBlur={field.onBlur}
            slotProps={{ input: { ref: field.ref } }}
            name={field.name}
          />
        }
        label={translate(label)}
      />
      {fieldState.invalid && (
        <FormHelperText>
          <InputHelperText error={fieldState.error?.message} />
        </FormHelperText>
      )}
    </FormControl>
  );
};
