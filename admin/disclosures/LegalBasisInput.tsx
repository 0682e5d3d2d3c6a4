import { Box, Chip, TextField, Typography } from '@mui/material';
import { FieldTitle, InputHelperText, maxLength, required, useInput, useTranslate } from 'react-admin';
import { DISCLOSURE_BASIS_SUGGESTIONS } from '../types';

const HELPER = 'resources.disclosures.helpers.legal_basis';

/**
 * The legal basis as the request cites it: free text, since a request may cite any law, with the two bases the
 * policy's clause 4.5 relies on offered as one-click insertions (added after what is already written). Bound with
 * useInput, like the SPA's other own inputs, so that a click sets the value the field shows.
 */
export const LegalBasisInput = () => {
  const translate = useTranslate();
  const { id, field, fieldState, isRequired } = useInput({
    source: 'legal_basis',
    validate: [required(), maxLength(1000)],
  });
  const current = typeof field.value === 'string' ? field.value : '';
  const add = (basis: string) => {
    const text = current.trim();
    field.onChange(text === '' ? basis : text.includes(basis) ? text : `${text}; ${basis}`);
  };
  return (
    <Box sx={{ gridColumn: '1 / -1' }}>
      <TextField
        id={id}
        name={field.name}
        inputRef={field.ref}
        value={current}
        onChange={field.onChange}
        onBlur={field.onBlur}
        className="ra-input ra-input-legal_basis"
        error={fieldState.invalid}
        label={<FieldTitle source="legal_basis" resource="disclosures" isRequired={isRequired} />}
        helperText={<InputHelperText error={fieldState.error?.message} helperText={HELPER} />}
        autoComplete="off"
        multiline
        fullWidth
      />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mt: 0.5, mb: 1 }}>
        <Typography component="span" variant="body2" color="text.secondary">
          {translate('resources.disclosures.suggest')}
        </Typography>
        {DISCLOSURE_BASIS_SUGGESTIONS.map((basis) => (
          <Chip
            key={basis}
            label={basis}
            size="small"
            variant="outlined"
            onClick={() => add(basis)}
            aria-label={translate('resources.disclosures.suggest_add', { basis })}
          />
        ))}
      </Box>
    </Box>
  );
};
