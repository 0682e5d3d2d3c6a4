import { Autocomplete, TextField } from '@mui/material';
import { FieldTitle, InputHelperText, maxLength, minLength, required, useInput, useTranslate } from 'react-admin';
import { MIN_REASON_LENGTH, type DestructionCategory } from '../types';
import { RETAIN_PRESETS } from './plan';

const HELPER = 'resources.destructions.plan.legal_basis_helper';

/**
 * The legal basis of a retained category: free text, since any law may oblige the clinic to keep something, with the
 * usual bases offered (the category's own first). The day it is kept until is not filled in from the preset: a
 * medical record's 25 years run from the last visit, which the operator knows and the form does not. Bound with
 * useInput, like the SPA's other own inputs.
 */
export const RetainBasisInput = ({ index, category }: { index: number; category: DestructionCategory }) => {
  const translate = useTranslate();
  const { id, field, fieldState, isRequired } = useInput({
    source: `plan.${index}.legal_basis`,
    validate: [required(), minLength(MIN_REASON_LENGTH), maxLength(500)],
  });
  const options = [...RETAIN_PRESETS]
    .sort((a, b) => Number(b.category === category) - Number(a.category === category))
    .map((preset) => translate(`resources.destructions.retain_presets.${preset.key}`));
  const text = typeof field.value === 'string' ? field.value : '';
  return (
    <Autocomplete
      id={id}
      freeSolo
      options={options}
      value={text}
      inputValue={text}
      onInputChange={(_event, typed, why) => why === 'input' && field.onChange(typed)}
      onChange={(_event, picked) => field.onChange(picked ?? '')}
      onBlur={field.onBlur}
      fullWidth
      renderInput={(params) => (
        <TextField
          {...params}
          name={field.name}
          inputRef={field.ref}
          className="ra-input"
          error={fieldState.invalid}
          label={<FieldTitle label="resources.destructions.plan.legal_basis" isRequired={isRequired} />}
          helperText={<InputHelperText error={fieldState.error?.message} helperText={HELPER} />}
          autoComplete="off"
        />
      )}
    />
  );
};
