// Fields shared by several resources. They read the record from the context like
// react-admin's own fields, so Show layouts label them from `source`.
import { Chip, Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { formatDate, formatIp, formatPhone, formatTimestamp } from './format';

// How a value may wrap in a narrow table column: a date, an instant or a phone number never; free text (an
// e-mail address…) anywhere, so that a long one cannot widen its table past the screen.
const WRAP = {
  never: { whiteSpace: 'nowrap' },
  anywhere: { overflowWrap: 'anywhere' },
} as const;

const Text = ({ children, wrap = 'never' }: { children: string; wrap?: keyof typeof WRAP }) => {
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2" sx={WRAP[wrap]}>
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
  return <Text wrap="anywhere">{value == null ? '' : String(value)}</Text>;
};

export const PhoneField = (props: FieldProps) => {
  const value = useFieldValue(props);
  return <Text>{formatPhone(value)}</Text>;
};

/** A client IP address, IPv4 shown plainly. */
export const IpField = (props: FieldProps) => {
  const value = useFieldValue(props);
  return <Text wrap="anywhere">{formatIp(value)}</Text>;
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
