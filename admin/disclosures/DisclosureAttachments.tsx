import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Button, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { saveBlob } from '../common/CsvExportButton';
import { formatTimestamp } from '../common/format';
import { useAction } from '../common/useAction';
import { VisuallyHidden } from '../common/VisuallyHidden';
import type { DownloadedFile, PdDataProvider } from '../providers/dataProvider';
import type { Attachment } from '../types';
import type { DisclosureDetail } from './choices';

/**
 * The request's files (its scan, the copy of the answer): name, SHA-256, who added them and when. A download is an
 * audited read (disclosure.attachment_downloaded), so a file is fetched only when asked for.
 */
export const DisclosureAttachments = () => {
  const disclosure = useRecordContext<DisclosureDetail>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<PdDataProvider>();
  const { data, isPending, error } = useQuery({
    // Under the disclosures' key: react-admin's refresh fetches it again.
    queryKey: ['disclosures', 'attachments', String(disclosure?.id)],
    queryFn: () => dataProvider.getDisclosureAttachments(disclosure!.id),
    enabled: disclosure !== undefined,
  });
  if (!disclosure) return null;
  if (isPending) return <Typography variant="body2">{translate('ra.page.loading')}</Typography>;
  if (error) return <Alert severity="error">{translate('resources.disclosures.attachments.failed')}</Alert>;
  if (data.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.disclosures.attachments.none')}
      </Typography>
    );
  }
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('resources.disclosures.sections.attachments')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.disclosures.attachments.file_name')}</TableCell>
            <TableCell>{translate('resources.disclosures.attachments.added')}</TableCell>
            <TableCell>
              <VisuallyHidden>{translate('resources.disclosures.attachments.actions')}</VisuallyHidden>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((file) => (
            <AttachmentRow key={file.id} disclosure={disclosure} file={file} />
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

const AttachmentRow = ({ disclosure, file }: { disclosure: DisclosureDetail; file: Attachment }) => {
  const translate = useTranslate();
  const download = useAction({
    action: (dataProvider) => dataProvider.downloadDisclosureAttachment(disclosure.id, file.id),
    onSuccess: ({ blob }: DownloadedFile) => saveBlob(blob, file.file_name),
  });
  return (
    <TableRow data-testid={`attachment-${file.id}`}>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>
        <Typography component="span" variant="body2" sx={{ display: 'block', fontWeight: 500 }}>
          {file.file_name}
        </Typography>
        <Typography
          component="span"
          variant="caption"
          color="text.secondary"
          sx={{ display: 'block', fontFamily: 'monospace', wordBreak: 'break-all' }}
        >
          SHA-256: {file.sha256}
        </Typography>
      </TableCell>
      <TableCell>
        <Typography component="span" variant="body2" sx={{ display: 'block', whiteSpace: 'nowrap' }}>
          {formatTimestamp(file.created_at)}
        </Typography>
        <Typography component="span" variant="caption" color="text.secondary">
          {file.created_by_login}
        </Typography>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <Button
          label="resources.disclosures.attachments.download"
          onClick={() => void download.run()}
          disabled={download.isPending}
          aria-label={translate('resources.disclosures.attachments.download_file', { name: file.file_name })}
        >
          <DownloadIcon />
        </Button>
      </TableCell>
    </TableRow>
  );
};
