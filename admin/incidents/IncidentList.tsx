import { DataTable, List, SimpleList, useTranslate } from 'react-admin';
import { formatMoscowMinute } from '../common/moscowTime';
import { ListItemEnd, joinLine, useNarrow } from '../layout/lists';
import {
  HealthDataField,
  IncidentNumberLink,
  IncidentStatusChip,
  MoscowMinuteField,
  SubjectsCountField,
  noticeClockColumn,
} from './incidentFields';
import { incidentFilters } from './incidentFilters';
import type { IncidentRecord } from './incidentTypes';
import { noticeTimes } from './NoticeClock';
import { noticeClock } from './clock';

/**
 * «Инциденты с ПДн»: the register of art. 21 p.3.1, newest first, each with its two clocks. No export: an incident's
 * texts leave the system only as the notices.
 */
export const IncidentList = () => {
  const narrow = useNarrow();
  return (
    <List filters={incidentFilters} sort={{ field: 'id', order: 'DESC' }} perPage={25} exporter={false}>
      {narrow ? <IncidentSimpleList /> : <IncidentTable />}
    </List>
  );
};

const DetectedAt = () => <MoscowMinuteField source="detected_at" />;
const Notice24h = noticeClockColumn('notice_24h');
const Results72h = noticeClockColumn('results_72h');

const IncidentTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="number" field={IncidentNumberLink} />
    <DataTable.Col source="detected_at" field={DetectedAt} />
    <DataTable.Col source="status" field={IncidentStatusChip} />
    <DataTable.Col source="health_data" field={HealthDataField} disableSort />
    <DataTable.Col source="subjects_estimated" label="resources.incidents.fields.subjects" field={SubjectsCountField} />
    <DataTable.Col source="notice_24h_due_at" field={Notice24h} disableSort />
    <DataTable.Col source="results_72h_due_at" field={Results72h} disableSort />
  </DataTable>
);

const IncidentSimpleList = () => {
  const translate = useTranslate();
  return (
    <SimpleList<IncidentRecord>
      rowClick="show"
      primaryText={(record) => joinLine(record.number, formatMoscowMinute(record.detected_at))}
      secondaryText={(record) => {
        const { dueAt, sentAt } = noticeTimes(record, 'notice_24h');
        return joinLine(
          record.health_data && translate('resources.incidents.fields.health_data'),
          `${translate('resources.incidents.notice.notice_24h')}: ${noticeClock(translate, dueAt, sentAt, Date.now()).text}`,
        );
      }}
      tertiaryText={
        <ListItemEnd>
          <IncidentStatusChip />
        </ListItemEnd>
      }
    />
  );
};
