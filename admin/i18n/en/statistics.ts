import type * as ru from '../ru/statistics';
import type { SameKeys } from '../sameKeys';

export const statistics: SameKeys<typeof ru.statistics> = {
  menu: 'Anonymized statistics',
  title: 'Anonymized statistics',
  help: 'Aggregates only (clause 3.2 of the policy): no names, phones, e-mail addresses, dates of birth or submission texts. Values below 5 are shown as “<5”. Every run and every export is recorded in the audit log.',
  chart: {
    title: 'Website submissions per month by service',
    description: 'Stacked bar chart: months across, number of submissions up, one colour per service.',
    empty: 'No data for the chart yet',
    suppressed_note: 'Cells shown as “<5” are left out of the chart.',
    axis_month: 'Month',
    axis_count: 'Submissions',
    bar: '%{service}: %{count}',
    month_total: '%{month}: %{count} in all (%{services})',
    no_value: 'no value',
  },
  table: {
    title: 'Statistics cells',
    dataset: 'Dataset',
    service: 'Service',
    month: 'Month',
    age_band: 'Age',
    sex: 'Sex',
    count: 'Count',
    all: 'All',
  },
  dataset: {
    submissions: 'Website submissions',
    subjects: 'Data subjects',
  },
  unknown: 'Not stated',
  export: {
    title: 'Export of the anonymized statistics',
    text: 'The file holds every cell of the statistics (values below 5 as «<5»). The export, its reason and the row count are recorded in the audit log.',
    reason: 'Why is the export needed',
    confirm: 'Export',
  },
};
