import { useId, useLayoutEffect, useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import PreviewIcon from '@mui/icons-material/Preview';
import {
  Alert,
  Box,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Button, useDataProvider, useLocaleState, useRecordContext, useTranslate, type Identifier } from 'react-admin';
import { saveBlob } from './CsvExportButton';
import { formatTimestamp } from './format';
import { useAction } from './useAction';
import { VisuallyHidden } from './VisuallyHidden';
import type { AttachmentOwner, DownloadedFile, PdDataProvider } from '../providers/dataProvider';
import type { Attachment } from '../types';

/**
 * The files of the record in context (a letter, an authority's request): name, type, size, SHA-256, who added them and
 * when; each can be downloaded or looked at here. Both are an audited download (letter.attachment_downloaded,
 * disclosure.attachment_downloaded), so a file is fetched only when asked for. An image is shown from a data: URL; a
 * PDF in a frame of the browser's own viewer, from a blob: URL.
 */
export const Attachments = ({ owner, label }: { owner: AttachmentOwner; label: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<PdDataProvider>();
  const { data, isPending, error } = useQuery({
    // Under the owner's key: an action on the record, and react-admin's refresh, fetch it again.
    queryKey: [owner, 'attachments', String(record?.id)],
    queryFn: () => dataProvider.getAttachments(owner, record!.id),
    enabled: record !== undefined,
  });
  if (!record) return null;
  if (isPending) return <Typography variant="body2">{translate('ra.page.loading')}</Typography>;
  if (error) return <Alert severity="error">{translate('pd.upload.attachments.failed')}</Alert>;
  if (data.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('pd.upload.attachments.none')}
      </Typography>
    );
  }
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate(label)}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('pd.upload.attachments.file_name')}</TableCell>
            <TableCell>{translate('pd.upload.attachments.added')}</TableCell>
            <TableCell>
              <VisuallyHidden>{translate('pd.upload.attachments.actions')}</VisuallyHidden>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((file) => (
            <AttachmentRow key={file.id} owner={owner} ownerId={record.id} file={file} />
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

const AttachmentRow = ({ owner, ownerId, file }: { owner: AttachmentOwner; ownerId: Identifier; file: Attachment }) => {
  const translate = useTranslate();
  const formatSize = useFormatSize();
  const [preview, setPreview] = useState<Preview | null>(null);
  const previewable = file.media_type.startsWith('image/') || file.media_type === 'application/pdf';

  const download = useAction({
    action: (dataProvider) => dataProvider.downloadAttachment(owner, ownerId, file.id),
    onSuccess: ({ blob }: DownloadedFile) => saveBlob(blob, file.file_name),
  });
  const show = useAction({
    action: (dataProvider) => dataProvider.downloadAttachment(owner, ownerId, file.id),
    onSuccess: async ({ blob }: DownloadedFile) => setPreview(await previewOf(blob, file.media_type)),
  });
  const closePreview = () => {
    if (preview?.revoke) URL.revokeObjectURL(preview.url);
    setPreview(null);
  };

  return (
    <TableRow data-testid={`attachment-${file.id}`}>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>
        <Typography component="span" variant="body2" sx={{ display: 'block', fontWeight: 500 }}>
          {file.file_name}
        </Typography>
        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {translate(`pd.upload.attachments.type.${mediaKey(file.media_type)}`, { _: file.media_type })}
          {' · '}
          {formatSize(file.size)}
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
        {previewable && (
          <Button
            label="pd.upload.attachments.preview"
            onClick={() => void show.run()}
            disabled={show.isPending}
            aria-label={translate('pd.upload.attachments.preview_file', { name: file.file_name })}
          >
            <PreviewIcon />
          </Button>
        )}
        <Button
          label="pd.upload.attachments.download"
          onClick={() => void download.run()}
          disabled={download.isPending}
          aria-label={translate('pd.upload.attachments.download_file', { name: file.file_name })}
        >
          <DownloadIcon />
        </Button>
        {preview && <PreviewDialog file={file} preview={preview} onClose={closePreview} />}
      </TableCell>
    </TableRow>
  );
};

interface Preview {
  url: string;
  /** A blob: URL, given back when the preview closes. */
  revoke: boolean;
  kind: 'image' | 'pdf';
}

/** An image as a data: URL (the server's CSP allows data: images), a PDF as a blob: URL for a frame. */
const previewOf = (blob: Blob, mediaType: string): Promise<Preview> => {
  if (mediaType === 'application/pdf') {
    const typed = blob.type === mediaType ? blob : new Blob([blob], { type: mediaType });
    return Promise.resolve({ url: URL.createObjectURL(typed), revoke: true, kind: 'pdf' });
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ url: String(reader.result), revoke: false, kind: 'image' });
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob.type === mediaType ? blob : new Blob([blob], { type: mediaType }));
  });
};

const PreviewDialog = ({ file, preview, onClose }: { file: Attachment; preview: Preview; onClose: () => void }) => {
  const translate = useTranslate();
  const titleId = useId();
  const title = translate('pd.upload.attachments.preview_title', { name: file.file_name });
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="lg">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
          {translate('pd.upload.attachments.audited')}
        </Typography>
        {preview.kind === 'image' ? (
          <Box
            component="img"
            src={preview.url}
            alt={title}
            sx={{ display: 'block', maxWidth: '100%', maxHeight: '70vh', mx: 'auto' }}
          />
        ) : (
          <PdfFrame url={preview.url} title={title} />
        )}
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.close')}</MuiButton>
      </DialogActions>
    </Dialog>
  );
};

/**
 * The PDF in a frame of the browser's own viewer. A frame the page's Content-Security-Policy refuses stays blank: the
 * browser reports it to the page, and the frame gives way to a note (the server's policy decides whether blob: frames
 * are allowed). Listening from a layout effect: before the browser can report the frame it has just been given.
 */
const PdfFrame = ({ url, title }: { url: string; title: string }) => {
  const translate = useTranslate();
  const [blocked, setBlocked] = useState(false);
  useLayoutEffect(() => {
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (event.blockedURI === 'blob' || event.blockedURI.startsWith('blob:')) setBlocked(true);
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => document.removeEventListener('securitypolicyviolation', onViolation);
  }, []);
  if (blocked) return <Alert severity="info">{translate('pd.upload.attachments.pdf_blocked')}</Alert>;
  return (
    <Box
      component="iframe"
      src={url}
      title={title}
      data-testid="pdf-preview"
      sx={{ display: 'block', width: '100%', height: '70vh', border: 1, borderColor: 'divider' }}
    />
  );
};

const mediaKey = (mediaType: string) =>
  mediaType === 'application/pdf'
    ? 'pdf'
    : mediaType === 'image/png'
      ? 'png'
      : mediaType === 'image/jpeg'
        ? 'jpeg'
        : 'other';

/** "850 КБ", "1,2 МБ": in the user's language (the upload input's wording). */
const useFormatSize = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (bytes: number) => {
    if (bytes < 1024) return translate('pd.upload.size_bytes', { size: number.format(bytes) });
    if (bytes < 1024 * 1024) return translate('pd.upload.size_kb', { size: number.format(bytes / 1024) });
    return translate('pd.upload.size_mb', { size: number.format(bytes / (1024 * 1024)) });
  };
};
