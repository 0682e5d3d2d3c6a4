// Fields shared by several resources. They read the record from the context like
// react-admin's own fields, so Show layouts label them from `source`.
import { Chip, Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { formatDate, formatPhone, formatTimestamp } from './format';

const Text = ({ children }: { children: string }) => {
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {children || translate('pd.common.empty')}
    </Typography>
  );
};

/** A calendar date ("YYYY-MM-DD"), shown DD.MM.YYYY. */
export const DateOnlyField = (props: FieldProps) => {
  const value = useFieldValue(props);
  return <Text>{formatDate(value)}</Text>;
};

/** An instant, shown DD.MM.YYYY HH:mm:ss in local time. */
export const TimestampField = (props: FieldProps) => {
  const value = useFieldValue(props);
  return <Text>{formatTimestamp(value)}</Text>;
};

/** Any value as text, «—» when empty (DataTable columns have no emptyText of their own). */
export const PlainField = (props: FieldProps) => {
  const value = useFieldValue(props);
  return <Text>{value == null ? '' : String(value)}</Text>;
};

export const PhoneField = (props: FieldProps) => {
  const value = useFieldValue(props);
  return <Text>{formatPhone(value)}</Text>;
};

/** A staff role in the words of the UI («Ответственный за обработку ПДн»). */
export const RoleField = (props: FieldProps) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (!value) return <Text>{''}</Text>;
  return (
    <Chip
      size="small"
      variant="outlined"
      sx={{ alignSelf: 'flex-start' }}
      label={translate(`pd.roles.${value}`, { _: String(value) })}
    />
  );
};
