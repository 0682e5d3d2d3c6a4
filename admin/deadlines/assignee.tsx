// Who works a letter or a term: «Вы» for the caller, a colleague by name (the `assignees` resource answers names to
// every signed-in role; the staff list with logins stays the administrator's).
import { Typography } from '@mui/material';
import {
  BooleanInput,
  ReferenceField,
  TextField,
  useFieldValue,
  useGetIdentity,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { useCan } from '../providers/useCan';

/** The signed-in staff member's id, once known. */
export const useMyId = (): Identifier | undefined => useGetIdentity().identity?.id;

/** «Вы», or the colleague's name (held as a number until it loads, or where the role may not read names). */
export const AssigneeField = ({ source = 'assignee_id' }: { source?: string; label?: string }) => {
  const id = useFieldValue({ source }) as Identifier | null | undefined;
  const me = useMyId();
  const translate = useTranslate();
  const { canAccess: canListAssignees } = useCan('assignees.list');
  if (id == null) return <Typography variant="body2">{translate('pd.common.empty')}</Typography>;
  if (me !== undefined && String(me) === String(id)) {
    return (
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {translate('resources.deadlines.assignee.me')}
      </Typography>
    );
  }
  if (canListAssignees) {
    return (
      <ReferenceField
        source={source}
        reference="assignees"
        link={false}
        emptyText={translate('resources.deadlines.assignee.other', { id })}
      >
        <TextField source="full_name" />
      </ReferenceField>
    );
  }
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {translate('resources.deadlines.assignee.other', { id })}
    </Typography>
  );
};

/**
 * A switch among a list's filters: centred on the inputs' row, and without MUI's negative left margin, which pushes
 * it past the list's edge when the bar wraps to a second row.
 */
export const TOGGLE_FILTER = { alignSelf: 'center', mb: 0.5, '& .MuiFormControlLabel-root': { ml: 0 } } as const;

/**
 * «Только мои»: a list filter that sets `assignee_id` to the caller's id when on, and drops it when off (a filter of
 * null is no filter). For the «мои» / «все» choice of the letters and deadlines lists.
 */
export const MineFilter = ({
  source = 'assignee_id',
  label,
}: {
  source?: string;
  label?: string;
  alwaysOn?: boolean;
}) => {
  const me = useMyId();
  return (
    <BooleanInput
      source={source}
      label={label ?? 'resources.deadlines.filters.mine'}
      helperText={false}
      format={(value: unknown) => me !== undefined && value != null && String(value) === String(me)}
      parse={(checked: boolean) => (checked && me !== undefined ? me : null)}
      sx={TOGGLE_FILTER}
    />
  );
};
