import { IDENTIFICATION_METHODS, IDENTITY_DOCUMENT_TYPES, LETTER_KINDS, LETTER_STATUSES } from '../types';

// Choice names are i18n keys; react-admin's inputs and fields translate them.
export const LETTER_KIND_CHOICES = LETTER_KINDS.map((kind) => ({ id: kind, name: `resources.letters.kind.${kind}` }));

export const LETTER_STATUS_CHOICES = LETTER_STATUSES.map((status) => ({
  id: status,
  name: `resources.letters.status.${status}`,
}));

export const METHOD_CHOICES = IDENTIFICATION_METHODS.map((method) => ({
  id: method,
  name: `resources.letters.method.${method}`,
}));

export const DOCUMENT_TYPE_CHOICES = IDENTITY_DOCUMENT_TYPES.map((type) => ({
  id: type,
  name: `resources.letters.document_type.${type}`,
}));
