import { useListContext } from 'react-admin';
import { CsvExportButton } from '../common/CsvExportButton';
import { useCan } from '../providers/useCan';

/** The flags the filters on screen select, as CSV, once a reason is typed (the export is audited with it). */
export const ExportFlagsButton = () => {
  const { filterValues } = useListContext();
  const { canAccess } = useCan('audit-reports.export');
  if (!canAccess) return null;
  return <CsvExportButton path={flagsExportPath(filterValues)} texts="resources.audit-flags.export" />;
};

/** GET /api/audit-flags/export.csv?filter=<the list's filter as JSON> (the reason is added by the button). */
export const flagsExportPath = (filter: Record<string, unknown>) =>
  `/audit-flags/export.csv?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}`;
