import { Typography } from '@mui/material';
import {
  DataTable,
  FunctionField,
  List,
  ReferenceArrayField,
  SimpleList,
  SingleFieldList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateOnlyField } from '../common/fields';
import { formatDate } from '../common/format';
import { ListItemEnd, ShowLink, WithCaption, joinLine, useNarrow } from '../layout/lists';
import type { Subject } from '../types';
import type { Disclosure } from './choices';
import { disclosureFilters } from './disclosureFilters';
import { BodyField, DisclosureDueField, DisclosureStatusChip } from './disclosureFields';

const ShortDueField = (_props: { source?: string }) => <DisclosureDueField short />;

/**
 * «Запросы госорганов», newest first. No export and no bulk actions: what was given about whom leaves the system only
 * through the audited workflow.
 */
export const DisclosureList = () => {
  const narrow = useNarrow();
  return (
    <List filters={disclosureFilters} sort={{ field: 'id', order: 'DESC' }} perPage={25} exporter={false}>
      {narrow ? <DisclosureSimpleList /> : <DisclosureTable />}
    </List>
  );
};

// For 1366 px: the request, who sent it and when, about whom and what, how it stands, by when. The basis, the official
// and the decision are on the request's page.
const DisclosureTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="document_number" field={NumberLink} disableSort />
    <DataTable.Col source="body_type" field={BodyField} sx={{ minWidth: 160 }} />
    <DataTable.Col source="received_on" field={DateOnlyField} />
    <DataTable.Col source="subject_ids" disableSort>
      <ReferenceArrayField source="subject_ids" reference="subjects">
        <SingleFieldList linkType={false} direction="column" spacing={0}>
          {/* A triple surname wraps at its hyphens rather than widening the table past 1366 px. */}
          <FunctionField<Subject> render={shortName} sx={{ display: 'block', minWidth: 120, maxWidth: 200 }} />
        </SingleFieldList>
      </ReferenceArrayField>
    </DataTable.Col>
    <DataTable.Col source="categories_requested" field={CategoryWords} disableSort />
    <DataTable.Col source="status" field={DisclosureStatusChip} />
    <DataTable.Col source="due_on" field={ShortDueField} />
  </DataTable>
);

/** The request's number as a link (what the keyboard reaches), its date under it. */
const NumberLink = (_props: { source?: string }) => {
  const record = useRecordContext<Disclosure>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <WithCaption caption={translate('resources.disclosures.line.dated', { date: formatDate(record.document_date) })}>
      <ShowLink>
        <span style={{ whiteSpace: 'nowrap' }}>{record.document_number}</span>
      </ShowLink>
    </WithCaption>
  );
};

/** «Соколова О. В.»: the surname and initials, one person a line (the card names them in full). */
const shortName = (subject: Subject) =>
  [subject.last_name, ...[subject.first_name, subject.patronymic].filter(Boolean).map((n) => `${n![0]}.`)].join(' ');

/** The categories in words, one line each: the chips of the card would not leave the table its width. */
const CategoryWords = (_props: { source?: string }) => {
  const record = useRecordContext<Disclosure>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ display: 'block' }}>
      {record.categories_requested.map((category) => (
        <span key={category} style={{ display: 'block' }}>
          {translate(`resources.disclosures.category.${category}`, { _: category })}
        </span>
      ))}
    </Typography>
  );
};

const DisclosureSimpleList = () => {
  const translate = useTranslate();
  return (
    <SimpleList<Disclosure>
      rowClick="show"
      primaryText={(record) =>
        joinLine(
          translate('resources.disclosures.line.number', {
            number: record.document_number,
            date: formatDate(record.document_date),
          }),
          translate(`resources.disclosures.body_type.${record.body_type}`, { _: record.body_type }),
        )
      }
      secondaryText={(record) =>
        joinLine(
          record.body_name,
          translate('resources.disclosures.line.received', { date: formatDate(record.received_on) }),
          record.due_on && translate('resources.disclosures.line.due', { date: formatDate(record.due_on) }),
          record.due_state === 'overdue' && translate('resources.deadlines.status.overdue'),
          record.due_state === 'due_soon' && translate('resources.deadlines.status.due_soon'),
        )
      }
      tertiaryText={
        <ListItemEnd>
          <DisclosureStatusChip />
        </ListItemEnd>
      }
    />
  );
};
