import AddIcon from '@mui/icons-material/Add';
import { Box } from '@mui/material';
import { CreateButton, DataTable, Pagination, ReferenceManyField, useRecordContext } from 'react-admin';
import type { Subject } from '../types';
import { ChannelField, ConsentStatusChip, GivenAtField, PurposeField } from './consentFields';
import { PlainField, TimestampField } from '../common/fields';
import { WithdrawConsentButton } from './WithdrawConsentButton';

/** The subject's «Согласия» tab: every consent, newest first, with paper registration and withdrawal. */
export const SubjectConsents = () => {
  const subject = useRecordContext<Subject>();
  if (!subject) return null;
  return (
    <>
      {subject.status === 'active' && (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
          {/* CreateButton renders only when canAccess allows consents.create. */}
          <CreateButton
            resource="consents"
            label="resources.consents.actions.register_paper"
            icon={<AddIcon />}
            state={{ record: { subject_id: subject.id } }}
          />
        </Box>
      )}
      <ReferenceManyField
        reference="consents"
        target="subject_id"
        sort={{ field: 'id', order: 'DESC' }}
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[25, 50]} />}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="purpose" field={PurposeField} />
          <DataTable.Col source="form_version" disableSort />
          <DataTable.Col source="policy_version" field={PlainField} disableSort />
          <DataTable.Col source="given_at" field={GivenAtField} />
          <DataTable.Col source="channel" field={ChannelField} disableSort />
          <DataTable.Col source="status" field={ConsentStatusChip} />
          <DataTable.Col source="withdrawn_at" field={TimestampField} disableSort />
          <DataTable.Col label={false}>
            <WithdrawConsentButton />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </>
  );
};
