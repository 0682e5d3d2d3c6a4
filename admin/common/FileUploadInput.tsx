// The one file input of the SPA (letters, envelopes, copies of documents): react-admin's FileInput with the
// server's own limits, so a file the server would refuse for its size or declared type is refused here first,
// with a message saying why. The server still decides: it reads the type from the bytes, not from the name.
import { useState } from 'react';
import { Box, FormHelperText, Typography } from '@mui/material';
import {
  FileField,
  FileInput,
  ImageField,
  useLocaleState,
  useRecordContext,
  useResourceContext,
  useTranslate,
  useTranslateLabel,
  type FileInputProps,
} from 'react-admin';
import { UPLOAD_MAX_BYTES, UPLOAD_MEDIA_TYPES } from '../types';

type MediaType = (typeof UPLOAD_MEDIA_TYPES)[number];

const EXTENSIONS: Record<MediaType, string[]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
};

/** react-dropzone's accept: each type with its extensions (the picker filters by both). */
const UPLOAD_ACCEPT: Record<string, string[]> = Object.fromEntries(UPLOAD_MEDIA_TYPES.map((t) => [t, EXTENSIONS[t]]));

type DropzoneOptions = NonNullable<FileInputProps['options']>;
type Rejections = Parameters<NonNullable<DropzoneOptions['onDrop']>>[1];

/** "850 КБ", "10 МБ", "12,4 МБ": in the user's language. */
const useFormatSize = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  // Rounded up for a file over the limit, so that 10 MB and one byte does not read as "10 MB".
  return (bytes: number, roundUp = false) => {
    const round = (n: number) => number.format(roundUp ? Math.ceil(n * 10) / 10 : n);
    if (bytes < 1024) return translate('pd.upload.size_bytes', { size: number.format(bytes) });
    if (bytes < 1024 * 1024) return translate('pd.upload.size_kb', { size: round(bytes / 1024) });
    return translate('pd.upload.size_mb', { size: round(bytes / (1024 * 1024)) });
  };
};

/** A file as FileInput holds it: { rawFile, src, title } while new; a stored one comes from the server. */
interface FileValue {
  rawFile?: File;
  src?: string;
  title?: string;
  file_name?: string;
  media_type?: string;
  size?: number;
}

/** An image shows itself; a PDF shows its name (a link to it) and its size. */
const FilePreview = () => {
  const file = useRecordContext<FileValue>();
  const formatSize = useFormatSize();
  if (!file) return null;
  const type = file.rawFile?.type || file.media_type || '';
  const size = file.rawFile?.size ?? file.size;
  const name = file.title ?? file.file_name ?? file.rawFile?.name ?? '';
  if (type.startsWith('image/')) return <ImageField source="src" title="title" sx={{ '& img': { maxHeight: 160 } }} />;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', py: 0.5 }}>
      <FileField source="src" title="title" target="_blank" rel="noopener" emptyText={name} />
      {size !== undefined ? (
        <Typography variant="caption" color="text.secondary">
          {formatSize(size)}
        </Typography>
      ) : null}
    </Box>
  );
};

export type FileUploadInputProps = Omit<FileInputProps, 'accept' | 'maxSize' | 'children'>;

export const FileUploadInput = ({ options, placeholder, helperText, inputProps, ...props }: FileUploadInputProps) => {
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const resource = useResourceContext(props);
  // FileInput writes its label as text, not as a <label> of the file input: the input gets it as its name.
  const name = translateLabel({ label: props.label, source: props.source, resource });
  const formatSize = useFormatSize();
  const [rejection, setRejection] = useState<string | null>(null);
  const max = formatSize(UPLOAD_MAX_BYTES);

  const explain = (rejections: Rejections): string =>
    rejections
      .map(({ file, errors }) => {
        const codes = errors.map((e) => e.code);
        if (codes.includes('too-many-files')) return translate('pd.upload.too_many');
        if (codes.includes('file-too-large'))
          return translate('pd.upload.too_large', { name: file.name, size: formatSize(file.size, true), max });
        if (codes.includes('file-invalid-type')) return translate('pd.upload.wrong_type', { name: file.name });
        return translate('pd.upload.rejected', { name: file.name });
      })
      .filter((message, i, all) => all.indexOf(message) === i)
      .join(' ');

  return (
    <Box sx={{ width: '100%' }}>
      <FileInput
        {...props}
        inputProps={{ 'aria-label': typeof name === 'string' ? name : undefined, ...inputProps }}
        accept={UPLOAD_ACCEPT}
        maxSize={UPLOAD_MAX_BYTES}
        placeholder={placeholder ?? <p>{translate('pd.upload.placeholder')}</p>}
        helperText={helperText ?? translate('pd.upload.hint', { max })}
        options={{
          ...options,
          // One drop can bring good and refused files; onDrop sees both, so the message is about this drop only.
          onDrop: (accepted, rejections, event) => {
            setRejection(rejections.length ? explain(rejections) : null);
            options?.onDrop?.(accepted, rejections, event);
          },
        }}
      >
        <FilePreview />
      </FileInput>
      {rejection ? (
        <FormHelperText error role="alert" sx={{ mt: -1, mb: 1 }}>
          {rejection}
        </FormHelperText>
      ) : null}
    </Box>
  );
};
