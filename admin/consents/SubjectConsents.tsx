import AddIcon from '@mui/icons-material/Add';
import { Box } from '@mui/material';
import { CreateButton, DataTable, Pagination, ReferenceManyField, useRecordContext, useTranslate } from 'react-admin';
import { ShowLink, WithCaption } from '../layout/lists';
import type { Consent, Subject } from '../types';
import { GivenAtField, PurposeField, StatusWithWithdrawal } from './consentFields';
import { WithdrawConsentButton } from './WithdrawConsentButton';

/**
 * The subject's «Согласия» tab: every consent, newest first, with paper registration and withdrawal. Four columns
 * that fit the card on a 1024 px tablet as on a 1366 px monitor: each value has its companion under it (the form's
 * version under the purpose, the channel under the date, the withdrawal's date under the status); the policy
 * version and who recorded it are on the consent's card.
 */
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
          <DataTable.Col source="purpose" field={PurposeWithForm} />
          <DataTable.Col source="given_at" field={GivenWithChannel} />
          <DataTable.Col source="status" field={StatusWithWithdrawal} />
          <DataTable.Col label={false}>
            <WithdrawConsentButton />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </>
  );
};

const PurposeWithForm = (_props: { source?: string }) => {
  const record = useRecordContext<Consent>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <WithCaption caption={`${translate('resources.consents.fields.form_version')}: ${record.form_version}`}>
      <ShowLink>
        <PurposeField />
      </ShowLink>
    </WithCaption>
  );
};

const GivenWithChannel = (_props: { source?: string }) => {
  const record = useRecordContext<Consent>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <WithCaption caption={translate(`resources.consents.channel.${record.channel}`, { _: record.channel })}>
      <GivenAtField />
    </WithCaption>
  );
};
