import type * as ru from '../ru/upload';
import type { SameKeys } from '../sameKeys';

export const upload: SameKeys<typeof ru.upload> = {
  placeholder: 'Drop a file here or click to choose one',
  hint: 'PDF, JPEG or PNG, at most %{max}',
  too_large: 'The file “%{name}” is too large (%{size}): at most %{max} is accepted',
  wrong_type: 'The file “%{name}” is not accepted: only PDF, JPEG and PNG are',
  too_many: 'Only one file can be attached',
  rejected: 'The file “%{name}” is not accepted',
  size_bytes: '%{size} B',
  size_kb: '%{size} KB',
  size_mb: '%{size} MB',
  attachments: {
    none: 'No files',
    failed: 'The list of files could not be loaded',
    file_name: 'File',
    added: 'Attached',
    actions: 'Actions',
    preview: 'View',
    preview_file: 'View: %{name}',
    download: 'Download',
    download_file: 'Download: %{name}',
    preview_title: 'File “%{name}”',
    audited: 'Viewing and downloading a file are recorded in the audit log.',
    pdf_blocked: 'The server’s security policy does not allow showing a PDF in the page. Download the file to open it.',
    type: {
      pdf: 'PDF',
      png: 'PNG image',
      jpeg: 'JPEG image',
      other: 'File',
    },
  },
};
