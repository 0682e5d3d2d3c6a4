import { Box, Button, Typography } from '@mui/material';
import { Form, TextInput, maxLength, required, useTranslate, type Validator } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { todayIso } from '../common/format';

// A type, not an interface: URLSearchParams takes it as a record of strings.
export type StaffActivityQuery = { actor_login: string; from: string; to: string };

const label = (name: string) => `pd.audit_reports.staff.form.${name}`;

// A login as typed: compliance may not list the staff (their accounts are the administrator's), and the assignees'
// list has names without logins, so there is nothing to choose from; the log's own actor filter is a text too.
const loginRules = [required(), maxLength(100)];

const notBeforeFrom: Validator = (value, values: Partial<StaffActivityQuery>) =>
  typeof value === 'string' && values.from && value < values.from ? label('to_before_from') : undefined;

/** The staff member's login and the first and last day (Moscow), the current month by default. */
export const StaffActivityForm = ({
  initial,
  onSubmit,
}: {
  initial: StaffActivityQuery;
  onSubmit: (query: StaffActivityQuery) => void;
}) => {
  const translate = useTranslate();
  return (
    <Form
      // A new address (a link from the dashboard) brings new values: the form starts again from them.
      key={`${initial.actor_login}|${initial.from}|${initial.to}`}
      defaultValues={initial}
      onSubmit={(values: Record<string, unknown>) =>
        onSubmit({ actor_login: String(values.actor_login).trim(), from: String(values.from), to: String(values.to) })
      }
    >
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500, mb: 1 }}>
        {translate(label('title'))}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, alignItems: 'flex-start' }}>
        <TextInput
          source="actor_login"
          label={label('actor_login')}
          helperText={label('actor_login_hint')}
          validate={loginRules}
          sx={{ width: '16rem' }}
        />
        <DateInput
          source="from"
          label={label('from')}
          validate={required()}
          maxDate={todayIso()}
          sx={{ width: '12.5rem' }}
        />
        <DateInput source="to" label={label('to')} validate={[required(), notBeforeFrom]} sx={{ width: '12.5rem' }} />
        <Button type="submit" variant="contained" sx={{ mt: 1 }}>
          {translate(label('submit'))}
        </Button>
      </Box>
    </Form>
  );
};
