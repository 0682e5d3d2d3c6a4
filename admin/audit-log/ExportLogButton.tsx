import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Box, FormControlLabel, LinearProgress, Radio, RadioGroup, Typography } from '@mui/material';
import { Button, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { saveBlob } from '../common/CsvExportButton';
import { ReasonDialog } from '../common/ReasonDialog';
import { useAction } from '../common/useAction';
import type { DownloadProgress } from '../providers/streamedDownload';
import { AUDIT_EXPORT_FORMATS, type AuditExportFormat } from '../types';

/**
 * «Экспорт»: the entries the filters on screen select, as JSONL (for an auditor's offline `audit:verify --file`) or
 * CSV (for people). A typed reason is required, since the server logs every export with it and its row count. The
 * file arrives as a stream: the dialog shows the rows received of those announced.
 */
export const ExportLogButton = () => {
  const { filterValues } = useListContext();
  const [asking, setAsking] = useState(false);
  const [format, setFormat] = useState<AuditExportFormat>('jsonl');
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const { run, isPending } = useAction({
    action: (dataProvider, reason: string) =>
      dataProvider.downloadAuditExport(format, filterValues, reason, setProgress),
    onSuccess: ({ blob, filename }) => {
      setAsking(false);
      saveBlob(blob, filename);
    },
    successMessage: ({ filename }) => ({
      message: 'resources.audit-log.export.saved',
      type: 'info',
      messageArgs: { filename },
    }),
  });
  const open = () => {
    setProgress(null);
    setAsking(true);
  };

  return (
    <>
      <Button label="resources.audit-log.export.button" onClick={open}>
        <DownloadIcon />
      </Button>
      <ReasonDialog
        open={asking}
        title="resources.audit-log.export.title"
        text="resources.audit-log.export.text"
        reasonLabel="resources.audit-log.export.reason"
        confirmLabel="resources.audit-log.export.confirm"
        loading={isPending}
        onConfirm={run}
        onClose={() => setAsking(false)}
      >
        <FormatChoice value={format} onChange={setFormat} disabled={isPending} />
        {isPending && <ExportProgress progress={progress} />}
      </ReasonDialog>
    </>
  );
};

const FormatChoice = ({
  value,
  onChange,
  disabled,
}: {
  value: AuditExportFormat;
  onChange: (format: AuditExportFormat) => void;
  disabled: boolean;
}) => {
  const translate = useTranslate();
  return (
    <RadioGroup
      aria-label={translate('resources.audit-log.export.format')}
      value={value}
      onChange={(event) => onChange(event.target.value as AuditExportFormat)}
      sx={{ mb: 2 }}
    >
      {[...AUDIT_EXPORT_FORMATS].reverse().map((f) => (
        <FormControlLabel
          key={f}
          value={f}
          control={<Radio />}
          label={translate(`resources.audit-log.export.${f}`)}
          disabled={disabled}
        />
      ))}
    </RadioGroup>
  );
};

/** Rows received of those announced (the header line is not a row), and the megabytes so far. */
const ExportProgress = ({ progress }: { progress: DownloadProgress | null }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lines = Math.max(0, (progress?.lines ?? 0) - 1);
  const rows = progress?.rows ?? null;
  const size = translate('resources.audit-log.export.megabytes', {
    value: ((progress?.bytes ?? 0) / 2 ** 20).toLocaleString(locale, { maximumFractionDigits: 1 }),
  });
  const percent = rows ? Math.min(100, (lines / rows) * 100) : undefined;
  return (
    <Box sx={{ mb: 2 }} role="status" aria-live="polite">
      <LinearProgress variant={percent === undefined ? 'indeterminate' : 'determinate'} value={percent} />
      <Typography variant="body2" sx={{ mt: 1 }}>
        {rows === null
          ? translate('resources.audit-log.export.progress_bytes', { size })
          : translate('resources.audit-log.export.progress', {
              lines: Math.min(lines, rows).toLocaleString(locale),
              rows: rows.toLocaleString(locale),
              size,
            })}
      </Typography>
    </Box>
  );
};
