// Who works a letter or a term. The SPA can name only the caller: the staff list is the administrator's, and no API
// answers other operators' names to operators (see the report on this slice). Another assignee shows as a number.
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

/** «Вы», or the staff member's name where the role may read the staff list, else «сотрудник № 7». */
export const AssigneeField = ({ source = 'assignee_id' }: { source?: string; label?: string }) => {
  const id = useFieldValue({ source }) as Identifier | null | undefined;
  const me = useMyId();
  const translate = useTranslate();
  const { canAccess: canListStaff } = useCan('staff.list');
  if (id == null) return <Typography variant="body2">{translate('pd.common.empty')}</Typography>;
  if (me !== undefined && String(me) === String(id)) {
    return (
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {translate('resources.deadlines.assignee.me')}
      </Typography>
    );
  }
  if (canListStaff) {
    return (
      <ReferenceField source={source} reference="staff" link={false}>
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
