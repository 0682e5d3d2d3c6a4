import type * as ru from '../ru/documents';
import type { SameKeys } from '../sameKeys';

// Policy versions and consent forms share their life cycle, and so their field labels.
const documentFields = {
  id: 'ID',
  q: 'Search by version',
  version: 'Version',
  text: 'Text (Markdown)',
  text_sha256: 'SHA-256 of the text',
  effective_from: 'Effective from',
  status: 'Status',
  published_at: 'Published',
  published_by: 'Published by',
  created_at: 'Created',
  updated_at: 'Updated',
  consents_count: 'Consents',
  is_current: 'Current',
};

export const policies: SameKeys<typeof ru.policies> = {
  name: 'Policy version |||| Policy versions',
  page: {
    create: 'New policy version',
    edit: 'Draft version %{recordRepresentation}',
    show: 'Policy version %{recordRepresentation}',
  },
  empty: 'No policy versions',
  invite: 'Create the first one',
  fields: {
    ...documentFields,
  },
  notifications: {
    created: 'Draft version created',
    updated: 'Draft version saved',
    deleted: 'Draft version deleted',
    published: 'Policy version published',
  },
};

export const consentForms: SameKeys<typeof ru.consentForms> = {
  name: 'Consent form |||| Consent forms',
  page: {
    create: 'New consent form',
    edit: 'Draft form: %{recordRepresentation}',
    show: 'Consent form: %{recordRepresentation}',
  },
  empty: 'No consent forms',
  invite: 'Create the first one',
  fields: {
    ...documentFields,
    purpose: 'Purpose',
    title: 'Title',
  },
  notifications: {
    created: 'Draft form created',
    updated: 'Draft form saved',
    deleted: 'Draft form deleted',
    published: 'Consent form published',
  },
};

export const documents: SameKeys<typeof ru.documents> = {
  status: {
    draft: 'Draft',
    published: 'Published',
  },
  current: 'Current',
  // A version's line in a narrow list.
  version: 'Version %{version}',
  effective_since: 'effective from %{date}',
  consents_count: 'consents: %{count}',
  sections: {
    document: 'Document',
    text: 'Text',
    preview: 'Preview',
    publication: 'Publication',
  },
  preview_empty: 'The text is empty so far',
  helpers: {
    version: 'E.g. 2026-01. Must not repeat an existing one',
    effective_from: 'From this date the published version becomes current',
    text: 'Markdown: “# ” heading, **bold**, *italic*, lists “- ” and “1. ”, a blank line starts a paragraph',
  },
  published_readonly: 'A published version never changes. To change the text, create a new version.',
  publish: {
    button: 'Publish',
    title: 'Publish version “%{version}”?',
    content: 'Once published, the version cannot be changed. It becomes current on %{date}.',
  },
  delete_draft: {
    button: 'Delete draft',
    title: 'Delete draft “%{version}”?',
    content: 'The draft will be deleted for good.',
  },
};
