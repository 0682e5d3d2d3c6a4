import { Chip, Stack, Typography } from '@mui/material';
import { useFieldValue, useRecordContext, useTranslate } from 'react-admin';
import { statusChip } from '../common/StatusChip';
import { DueDate } from '../deadlines/deadlineFields';
import { WithCaption } from '../layout/lists';
import type { Disclosure } from './choices';

/** Where the request is; the ended states (refused, disclosed) recede. */
export const DisclosureStatusChip = statusChip(
  'disclosures',
  { registered: 'warning', approved: 'info', refused: 'default', disclosed: 'success' },
  ['refused', 'disclosed'],
);

/** The kind of authority, with its own name under it. */
export const BodyField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<Disclosure>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ display: 'block', overflowWrap: 'break-word' }}>
      <WithCaption caption={record.body_name}>
        {translate(`resources.disclosures.body_type.${record.body_type}`, { _: record.body_type })}
      </WithCaption>
    </Typography>
  );
};

/**
 * The authority's deadline in the colour of its state while it waits for the answer (amber near, red past), with
 * «рассчитан» under a term counted for Roskomnadzor.
 */
export const DisclosureDueField = ({ short = false }: { source?: string; label?: string; short?: boolean }) => {
  const record = useRecordContext<Disclosure>();
  const translate = useTranslate();
  if (!record) return null;
  const computed = short ? 'resources.disclosures.due_computed_short' : 'resources.disclosures.due_computed';
  return (
    <DueDate
      date={record.due_on}
      state={record.due_state}
      caption={record.due_on_computed ? translate(computed) : undefined}
    />
  );
};

/** A list of categories as small chips, in the order the contract gives them. */
export const CategoriesField = ({ source }: { source: string; label?: string }) => {
  const value = useFieldValue({ source }) as string[] | null | undefined;
  const translate = useTranslate();
  if (!value?.length) return <Typography variant="body2">{translate('pd.common.empty')}</Typography>;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {value.map((category) => (
        <Chip
          key={category}
          size="small"
          variant="outlined"
          label={translate(`resources.disclosures.category.${category}`, { _: category })}
        />
      ))}
    </Stack>
  );
};
