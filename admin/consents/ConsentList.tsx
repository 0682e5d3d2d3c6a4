import { DataTable, List, ReferenceField, SimpleList, useTranslate } from 'react-admin';
import { formatDate, formatTimestamp } from '../common/format';
import { ListItemEnd, ShowLink, joinLine, useNarrow } from '../layout/lists';
import type { Consent } from '../types';
import { consentFilters } from './consentFilters';
import { ChannelField, ConsentStatusChip, GivenAtField, PurposeField, StatusWithWithdrawal } from './consentFields';

/** The ledger of consents. No edit and no delete anywhere: a consent is only withdrawn. */
export const ConsentList = () => {
  const narrow = useNarrow();
  return (
    <List filters={consentFilters} sort={{ field: 'id', order: 'DESC' }} perPage={25} exporter={false}>
      {narrow ? <ConsentSimpleList /> : <ConsentTable />}
    </List>
  );
};

// Whose consent, to what, when, how, and whether it stands (with the day of a withdrawal); the versions of the form
// and the policy and who recorded it are on the consent's card.
const ConsentTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="id" />
    <DataTable.Col source="subject_id" disableSort>
      <ReferenceField source="subject_id" reference="subjects" link={false} />
    </DataTable.Col>
    <DataTable.Col source="purpose" field={PurposeLink} />
    <DataTable.Col source="given_at" field={GivenAtField} />
    <DataTable.Col source="channel" field={ChannelField} disableSort />
    <DataTable.Col source="status" field={StatusWithWithdrawal} />
  </DataTable>
);

const PurposeLink = (_props: { source?: string }) => (
  <ShowLink>
    <PurposeField />
  </ShowLink>
);

const ConsentSimpleList = () => {
  const translate = useTranslate();
  return (
    <SimpleList<Consent>
      rowClick="show"
      primaryText={<ReferenceField source="subject_id" reference="subjects" link={false} />}
      secondaryText={(record) =>
        joinLine(
          translate(`resources.consents.purpose.${record.purpose}`, { _: record.purpose }),
          translate(`resources.consents.channel.${record.channel}`, { _: record.channel }),
          record.channel === 'website' ? formatTimestamp(record.given_at) : formatDate(record.given_at),
        )
      }
      tertiaryText={
        <ListItemEnd>
          <ConsentStatusChip />
        </ListItemEnd>
      }
    />
  );
};
