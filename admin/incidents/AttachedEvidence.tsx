import DownloadIcon from '@mui/icons-material/Download';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { formatMoscowMinute } from '../common/moscowTime';
import { shortHash } from '../checkpoints/hashes';
import { saveBlob } from '../common/CsvExportButton';
import { useAction } from '../common/useAction';
import type { IncidentEvidence } from '../types';
import { attachedEvidencePath } from './paths';
import type { IncidentDetailRecord } from './incidentTypes';

/** The frozen copies attached to the incident, each downloadable with its hashes and checkpoint. */
export const AttachedEvidence = () => {
  const incident = useRecordContext<IncidentDetailRecord>();
  const translate = useTranslate();
  if (!incident?.evidence) return null;
  return (
    <Box>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {translate('resources.incidents.evidence.attached')}
      </Typography>
      {incident.evidence.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.incidents.evidence.attached_none')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('resources.incidents.evidence.attached')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.incidents.evidence.window')}</TableCell>
                <TableCell>{translate('resources.incidents.evidence.actor')}</TableCell>
                <TableCell>{translate('resources.incidents.evidence.entries_count')}</TableCell>
                <TableCell>{translate('resources.incidents.evidence.checkpoint')}</TableCell>
                <TableCell>{translate('resources.incidents.evidence.attached_at')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {incident.evidence.map((evidence) => (
                <TableRow key={evidence.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {`${formatMoscowMinute(evidence.window_from)} — ${formatMoscowMinute(evidence.window_to)}`}
                  </TableCell>
                  <TableCell>{evidence.actor_login ?? translate('pd.common.empty')}</TableCell>
                  <TableCell>
                    {evidence.entries}
                    <Typography
                      component="span"
                      variant="caption"
                      color="text.secondary"
                      sx={{ display: 'block', fontFamily: 'monospace' }}
                      title={evidence.entries_sha256}
                    >
                      {`SHA-256 ${shortHash(evidence.entries_sha256)}`}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    {evidence.checkpoint_id
                      ? `№ ${evidence.checkpoint_id}`
                      : translate('resources.incidents.evidence.no_checkpoint')}
                  </TableCell>
                  <TableCell>
                    {formatMoscowMinute(evidence.attached_at)}
                    <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {evidence.attached_by_login}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <DownloadEvidenceButton incident={incident} evidence={evidence} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};

const DownloadEvidenceButton = ({
  incident,
  evidence,
}: {
  incident: IncidentDetailRecord;
  evidence: IncidentEvidence;
}) => {
  const { run, isPending } = useAction({
    action: (dataProvider) => dataProvider.downloadCsv(attachedEvidencePath(incident.id, evidence.id)),
    onSuccess: ({ blob, filename }) => saveBlob(blob, filename),
    successMessage: ({ filename }) => ({ message: 'pd.csv.saved', type: 'info', messageArgs: { filename } }),
  });
  return (
    <Button label="resources.incidents.evidence.download" onClick={() => run()} disabled={isPending}>
      <DownloadIcon />
    </Button>
  );
};
