// The server's stable error codes. The server answers `{message, code, errors?, codes?}` in English; the SPA
// shows each code in the user's language and keys its messages by these unions, so a code added here without
// a Russian message fails the type check.

/** `code` of an error answer. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf_failed',
  'password_change_required',
  'not_found',
  'method_not_allowed',
  'login_taken',
  'last_admin',
  'too_many_requests',
  'payload_too_large',
  'malformed_json',
  'bad_request',
  'internal',
  'origin_not_allowed',
  'already_decided',
  'version_conflict',
  'processing_consent_required',
  'policy_version_not_current',
  'consent_form_not_current',
  'duplicate_purpose',
  'withdraw_marketing_only',
  'already_withdrawn',
  'published_immutable',
  'version_taken',
  'subject_not_active',
  'form_not_published',
  'subject_missing',
  'subject_blocked',
  'subject_not_blocked',
  'unsupported_media_type',
  'attachment_destroyed',
  'calendar_day_exists',
  'deadline_closed',
  'extension_not_allowed',
  'already_extended',
  'extension_too_late',
  'invalid_transition',
  'correction_letter_invalid',
  'correction_pending',
  'letter_destroyed',
  'reply_sent',
  'reply_kind_not_allowed',
  'letter_not_identified',
  'own_request',
  'medical_basis_required',
  'settings_incomplete',
  'already_destroyed',
  'destruction_pending',
  'own_proposal',
  'act_expired',
  'submission_not_destroyable',
  // An incident's transition (notify, report results, close) or print from a state that does not allow it.
  'wrong_state',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** `codes[field]` of a 400: zod's issue codes, and the custom codes our schemas and services give. */
export const FIELD_ERROR_CODES = [
  'too_small',
  'too_big',
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'custom',
  'unknown_field',
  'phone_invalid',
  'date_invalid',
  'birth_date_range',
  'legal_rep_basis_required',
  'legal_rep_name_required',
  'login_taken',
  'wrong_password',
  'too_short',
  'same_as_current',
  'version_taken',
  'unsupported_media_type',
  'weekday_working_day',
  'received_on_range',
  'assignee_not_operator',
  'reply_kind_not_allowed',
  'medical_basis_required',
  'category_not_requested',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** The body of every error answer. */
export interface ErrorBody {
  message: string;
  code: ErrorCode;
  /** field → English message; with `codes`, on a 400 */
  errors?: Record<string, string>;
  codes?: Record<string, FieldErrorCode | string>;
}
