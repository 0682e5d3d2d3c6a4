import type * as ru from '../ru/accessReport';
import type { SameKeys } from '../sameKeys';

export const accessReport: SameKeys<typeof ru.accessReport> = {
  title: 'Personal data processing report',
  open: 'Processing report',
  back: 'Back to the subject',
  help: 'The report of 152-FZ art. 14 p.7 is generated anew each time it is opened, and every generation is written to the audit log. It holds this subject’s data only; the document itself is in Russian, as it is sent to the subject.',
  generated_at: 'Generated %{date}',
  include_medical: 'Include medical information',
  medical_included: 'Medical information is included in the document: do not leave it open unattended.',
  medical_dialog: {
    title: 'Include medical information',
    text: 'Information under medical secrecy will be part of the document and of the PDF. This is a read of medical information: it is logged with the reason you give.',
    reason: 'Reason',
    confirm: 'Include',
  },
  download_pdf: 'Download PDF',
  pdf_saved: 'Saved %{filename}',
  print: 'Print',
};
