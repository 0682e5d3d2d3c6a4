import {
  DataTable,
  List,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
  useRecordContext,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { DateOnlyField, TimestampField } from '../common/fields';
import { formatDate } from '../common/format';
import { PURPOSE_CHOICES } from '../consents/choices';
import { PurposeField } from '../consents/consentFields';
import { ListItemEnd, ShowLink, WithCaption, joinLine, useNarrow } from '../layout/lists';
import type { ConsentForm, PolicyDocument } from '../types';
import { DocumentStatusField } from './documentFields';

const STATUS_CHOICES = [
  { id: 'draft', name: 'pd.documents.status.draft' },
  { id: 'published', name: 'pd.documents.status.published' },
];

const policyFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
];

const consentFormFilters = [
  ...policyFilters,
  <SelectInput key="purpose" source="purpose" choices={PURPOSE_CHOICES} alwaysOn />,
];

/**
 * Policy versions (clause 6.1) and consent forms share one life cycle and one list:
 * each version with its effective date, status, whether it is in force, and how many
 * consents were given under it.
 */
export const DocumentList = () => {
  const consentForms = useResourceContext() === 'consent-forms';
  const narrow = useNarrow();
  return (
    <List
      filters={consentForms ? consentFormFilters : policyFilters}
      sort={{ field: 'id', order: 'DESC' }}
      perPage={25}
      exporter={false}
    >
      {narrow ? (
        <DocumentSimpleList consentForms={consentForms} />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          {consentForms && <DataTable.Col source="purpose" field={PurposeField} />}
          {consentForms && <DataTable.Col source="title" field={TitleLink} disableSort />}
          <DataTable.Col source="version" field={consentForms ? undefined : VersionLink} />
          <DataTable.Col source="effective_from" field={DateOnlyField} />
          {/* The status with «Действующая» beside it for the version in force. */}
          <DataTable.Col source="status" field={DocumentStatusField} />
          <DataTable.Col source="consents_count" disableSort />
          <DataTable.Col source="published_at" field={PublishedField} disableSort />
        </DataTable>
      )}
    </List>
  );
};

const TitleLink = ({ source = 'title' }: { source?: string }) => (
  <ShowLink>
    <TextField source={source} />
  </ShowLink>
);

const VersionLink = ({ source = 'version' }: { source?: string }) => (
  <ShowLink>
    <TextField source={source} />
  </ShowLink>
);

/** When it was published, and under it by whom. */
const PublishedField = (_props: { source?: string }) => {
  const record = useRecordContext<PolicyDocument>();
  if (!record) return null;
  return (
    <WithCaption caption={record.published_by}>
      <TimestampField source="published_at" />
    </WithCaption>
  );
};

const DocumentSimpleList = ({ consentForms }: { consentForms: boolean }) => {
  const translate = useTranslate();
  return (
    <SimpleList<ConsentForm>
      rowClick="show"
      primaryText={(record) =>
        consentForms
          ? `${record.title} (${record.version})`
          : translate('pd.documents.version', { version: record.version })
      }
      secondaryText={(record) =>
        joinLine(
          consentForms && translate(`resources.consents.purpose.${record.purpose}`, { _: record.purpose }),
          translate('pd.documents.effective_since', { date: formatDate(record.effective_from) }),
          translate('pd.documents.consents_count', { count: record.consents_count }),
        )
      }
      tertiaryText={
        <ListItemEnd>
          <DocumentStatusField />
        </ListItemEnd>
      }
    />
  );
};
