// What the subjects API accepts, built from form values: only the editable fields,
// empty strings as null, phones as +7XXXXXXXXXX.
import type { Subject, SubjectFields } from '../types';
import { normalizePhone } from '../common/format';

type FormValues = Partial<Record<string, unknown>>;

const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return value == null ? null : String(value);
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

export const toSubjectFields = (values: FormValues): SubjectFields => ({
  last_name: text(values.last_name) ?? '',
  first_name: text(values.first_name) ?? '',
  patronymic: text(values.patronymic),
  sex: (text(values.sex) as SubjectFields['sex']) ?? null,
  birth_date: text(values.birth_date),
  phone: normalizePhone(text(values.phone)),
  email: text(values.email),
  legal_rep_name: text(values.legal_rep_name),
  legal_rep_basis: text(values.legal_rep_basis),
});

/** POST /api/subjects: medical information only when some was typed. */
export const toCreateBody = (values: FormValues) => {
  const medicalInfo = text(values.medical_info);
  return { ...toSubjectFields(values), ...(medicalInfo ? { medical_info: medicalInfo } : {}) };
};

/**
 * PUT /api/subjects/:id: the record's version (optimistic locking), the reason for the
 * correction, and new medical information only if the user typed a replacement.
 */
export const toUpdateBody = (values: FormValues) => {
  const medicalInfo = text(values.medical_info);
  return {
    ...toSubjectFields(values),
    version: values.version,
    correction_reason: text(values.correction_reason) ?? '',
    ...(medicalInfo ? { medical_info: medicalInfo } : {}),
  };
};

export const subjectFullName = (subject: Pick<Subject, 'last_name' | 'first_name' | 'patronymic'>): string =>
  [subject.last_name, subject.first_name, subject.patronymic].filter(Boolean).join(' ');
