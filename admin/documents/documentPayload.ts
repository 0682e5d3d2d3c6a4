import type { RaRecord } from 'react-admin';
import type { DocumentResource } from '../types';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/** What POST/PUT /api/policies and /api/consent-forms accept: the editable fields only. */
export const toDocumentBody = (resource: DocumentResource) => (values: Partial<RaRecord>) => ({
  version: text(values.version),
  effective_from: values.effective_from,
  text: typeof values.text === 'string' ? values.text.replace(/\s+$/, '') : values.text,
  ...(resource === 'consent-forms' ? { purpose: values.purpose, title: text(values.title) } : {}),
});
