import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Checkbox, FormControlLabel } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import { saveBlob } from '../common/CsvExportButton';
import { ReasonDialog } from '../common/ReasonDialog';
import { useAction } from '../common/useAction';
import { useCan } from '../providers/useCan';
import type { AccessReport } from '../types';

interface Props {
  subjectId: string;
  report: AccessReport;
  /** The reason the medical information was ticked in with, while it is. */
  medicalReason: string | undefined;
  onMedical: (withMedical: { report: AccessReport; reason: string } | null) => void;
}

/**
 * Ticking in the medical information is a reveal: it asks for a reason and generates the report again with it (the
 * server logs both). Unticking goes back to the report without it, which is already on the page. The PDF is
 * generated for the same choice.
 */
export const AccessReportActions = ({ subjectId, report, medicalReason, onMedical }: Props) => {
  const translate = useTranslate();
  const { canAccess: canReveal } = useCan('subjects.reveal_medical');
  const [asking, setAsking] = useState(false);
  const include = useAction({
    action: (dataProvider, reason: string) => dataProvider.getAccessReport(subjectId, reason),
    onSuccess: (withMedical, reason) => {
      setAsking(false);
      onMedical({ report: withMedical, reason });
    },
  });
  const pdf = useAction({
    action: (dataProvider) => dataProvider.downloadAccessReportPdf(subjectId, medicalReason),
    onSuccess: ({ blob, filename }) => saveBlob(blob, filename),
    successMessage: ({ filename }) => ({
      message: 'pd.access_report.pdf_saved',
      type: 'info',
      messageArgs: { filename },
    }),
  });

  return (
    <Box sx={{ mt: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        {canReveal && report.medical.held && (
          <FormControlLabel
            control={
              <Checkbox
                checked={medicalReason !== undefined}
                onChange={(event) => (event.target.checked ? setAsking(true) : onMedical(null))}
              />
            }
            label={translate('pd.access_report.include_medical')}
          />
        )}
        <Button label="pd.access_report.print" onClick={() => window.print()}>
          <PrintIcon />
        </Button>
        <Button
          label="pd.access_report.download_pdf"
          variant="contained"
          onClick={() => void pdf.run()}
          disabled={pdf.isPending}
        >
          <DownloadIcon />
        </Button>
      </Box>
      {medicalReason !== undefined && (
        <Alert severity="warning" variant="outlined" sx={{ mt: 1 }}>
          {translate('pd.access_report.medical_included')}
        </Alert>
      )}
      <ReasonDialog
        open={asking}
        title="pd.access_report.medical_dialog.title"
        text="pd.access_report.medical_dialog.text"
        reasonLabel="pd.access_report.medical_dialog.reason"
        confirmLabel="pd.access_report.medical_dialog.confirm"
        confirmColor="warning"
        loading={include.isPending}
        onConfirm={include.run}
        onClose={() => setAsking(false)}
      />
    </Box>
  );
};
