// English, loaded on demand when a user switches language. Typed against ru.ts so a
// key missing (or extra) here is a compile error.
import englishMessages from 'ra-language-english';
import { mergeTranslations } from 'react-admin';
import type { ruApp } from './ru';

// See ru.ts: the show/hide toggle must not share the word "password" with the input's label.
const raOverrides = {
  ra: {
    input: {
      password: {
        toggle_visible: 'Hide characters',
        toggle_hidden: 'Show characters',
      },
    },
  },
};

type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

const enApp: SameKeys<typeof ruApp> = {
  resources: {
    subjects: {
      name: 'Data subject |||| Data subjects',
      page: {
        create: 'New data subject',
        edit: 'Correction: %{recordRepresentation}',
        show: '%{recordRepresentation}',
      },
      empty: 'No data subjects yet',
      invite: 'Add the first one',
      fields: {
        id: 'ID',
        q: 'Search',
        last_name: 'Last name',
        first_name: 'First name',
        patronymic: 'Patronymic',
        full_name: 'Full name',
        sex: 'Sex',
        birth_date: 'Date of birth',
        age: 'Age',
        phone: 'Phone',
        email: 'Email',
        legal_rep_name: 'Legal representative (full name)',
        legal_rep_basis: "Representative's authority",
        status: 'Status',
        has_medical_info: 'Medical information',
        medical_info: 'Medical information',
        medical_info_replace: 'New medical information (replaces the current one)',
        correction_reason: 'Reason for correction',
        version: 'Record version',
        created_at: 'Created',
        updated_at: 'Updated',
      },
      sex: {
        male: 'Male',
        female: 'Female',
      },
      status: {
        active: 'Active',
        blocked: 'Blocked',
        destroyed: 'Destroyed',
      },
      tabs: {
        details: 'Details',
        history: 'History',
      },
      sections: {
        person: 'Data subject',
        contacts: 'Contacts',
        legal_rep: 'Legal representative',
        medical: 'Medical information (medical secrecy)',
        correction: 'Correction',
        record: 'Record',
      },
      age: '%{smart_count} year |||| %{smart_count} years',
      helpers: {
        phone: 'Format: +7 (XXX) XXX-XX-XX',
        medical_info_create: 'Medical secrecy: once saved, it can only be viewed with a stated reason',
        medical_info_replace: 'Leave empty to keep the current information',
        correction_reason: "E.g. “subject's application of 12.03.2025, passport presented”",
      },
      validation: {
        phone: 'Enter the number as +7 (XXX) XXX-XX-XX',
        birth_date_future: 'The date of birth cannot be in the future',
      },
      medical: {
        present: 'Recorded',
        absent: 'Not recorded',
        reveal: 'Show medical information',
        dialog_text:
          'Viewing medical information is recorded in the audit log together with the reason. State why you need it.',
        reason: 'Reason',
        confirm: 'Show',
        hide: 'Hide',
        revealed_title: 'Medical information',
        empty: 'No medical information recorded',
      },
      notifications: {
        created: 'Data subject added',
        updated: 'Correction saved',
        version_conflict:
          'Another staff member changed this record. The current values are shown — please make your changes again',
      },
    },
    'audit-log': {
      name: 'Log entry |||| Audit log',
      page: {
        show: 'Log entry No. %{recordRepresentation}',
      },
      empty: 'The log is empty',
      fields: {
        id: 'No.',
        at: 'Time',
        actor_login: 'Staff member',
        actor_role: 'Role',
        action: 'Action',
        entity_type: 'Object',
        entity_id: 'Object ID',
        subject_id: 'Subject ID',
        request_id: 'Request ID',
        ip: 'IP address',
        details: 'Details',
        prev_hash: 'Previous entry hash',
        hash: 'Entry hash',
        from: 'From',
        to: 'To',
      },
      actions: {
        auth: {
          login: 'Signed in',
          login_failed: 'Failed sign-in',
          logout: 'Signed out',
          denied: 'Access denied',
          locked: 'Account locked',
          password_changed: 'Password changed',
          throttled: 'Sign-in throttled',
        },
        subject: {
          created: 'Subject added',
          corrected: 'Data corrected',
          viewed: 'Subject record viewed',
          medical_viewed: 'Medical information viewed',
        },
        staff: {
          created: 'Staff member added',
          updated: 'Staff member updated',
          disabled: 'Staff member disabled',
          enabled: 'Staff member enabled',
          password_reset: 'Staff password reset',
        },
        system: {
          bootstrap: 'System bootstrap',
        },
      },
      entity_types: {
        subject: 'Data subject',
        staff: 'Staff member',
      },
      sections: {
        entry: 'Log entry',
        chain: 'Hash chain',
      },
      details: {
        personal_hidden: 'The information is encrypted or not available to your role',
        reason: 'Reason',
        changes: 'Changes',
        field: 'Field',
        from: 'Before',
        to: 'After',
        changed_fields: 'Changed: %{fields}',
        entered_fields: 'Entered: %{fields}',
        value: 'Value',
        values: 'Entered values',
        reason_summary: 'Reason: %{reason}',
        raw: 'Raw data',
      },
    },
    staff: {
      name: 'Staff member |||| Staff',
      page: {
        create: 'New staff member',
        edit: 'Staff member: %{recordRepresentation}',
        show: 'Staff member: %{recordRepresentation}',
      },
      empty: 'No staff members yet',
      invite: 'Add the first one',
      fields: {
        id: 'ID',
        login: 'Login',
        full_name: 'Full name',
        role: 'Role',
        active: 'Active',
        must_change_password: 'Must change password',
        locked_until: 'Sign-in locked until',
        created_at: 'Created',
        updated_at: 'Updated',
      },
      sections: {
        account: 'Account',
      },
      helpers: {
        login: 'Latin letters, digits, dot, dash, underscore; cannot be changed later',
        active: 'A disabled staff member cannot sign in',
      },
      temporary_password: {
        title: 'Temporary password',
        message: 'Temporary password: %{password} — give it to the staff member, who will change it at sign-in',
        warning: 'The password is shown once. After closing this window it cannot be viewed again.',
        copy: 'Copy',
        copied: 'Password copied',
      },
      reset_password: {
        button: 'Reset password',
        confirm_title: "Reset the staff member's password?",
        confirm_content:
          "%{name}'s current password will stop working. A temporary password will be issued, to be changed at sign-in.",
      },
      notifications: {
        created: 'Staff member added',
        updated: 'Changes saved',
      },
    },
  },
  pd: {
    app: {
      title: 'PD Desk',
      operator: 'Natamed LLC',
      subtitle: 'Personal data processing',
    },
    roles: {
      operator: 'Operator',
      compliance: 'Data protection officer',
      admin: 'Administrator',
      system: 'System',
      anonymous: 'Not signed in',
    },
    common: {
      empty: '—',
    },
    auth: {
      login: 'Login',
      password: 'Password',
      sign_in: 'Sign in',
      invalid_credentials: 'Wrong login or password',
      throttled: 'Too many sign-in attempts. Please try again later',
      locked: 'The account is temporarily locked',
    },
    server_errors: {
      validation_failed: 'Please check the fields',
      unauthenticated: 'Please sign in',
      forbidden: 'Your role may not do this',
      csrf_failed: 'The session is stale. Reload the page and try again',
      password_change_required: 'Change your temporary password first',
      not_found: 'Record not found',
      method_not_allowed: 'This action is not supported',
      login_taken: 'This login is taken',
      last_admin: 'The last active administrator cannot be disabled or demoted',
      too_many_requests: 'Too many requests. Please try again later',
      payload_too_large: 'Too much data',
      malformed_json: 'Malformed request',
      bad_request: 'Malformed request',
      internal: 'Server error. Please try again later',
    },
    server_field_errors: {
      too_small: 'Empty or too short',
      too_big: 'Too long',
      invalid_type: 'Required',
      invalid_value: 'Choose a value from the list',
      invalid_format: 'Invalid format',
      custom: 'Invalid value',
      unknown_field: 'The server does not accept this field',
      phone_invalid: 'Enter the number as +7 (XXX) XXX-XX-XX',
      date_invalid: 'Invalid date',
      birth_date_range: 'The date of birth must be between 1900 and today',
      legal_rep_basis_required: "Enter the representative's authority",
      legal_rep_name_required: "Enter the representative's full name",
      login_taken: 'This login is taken',
      wrong_password: 'Wrong current password',
      too_short: 'The password is too short',
      same_as_current: 'The new password must differ from the current one',
      fields: {
        correction_reason: { too_small: 'State the reason for the correction (at least 3 characters)' },
        reason: { too_small: 'State the reason (at least 3 characters)' },
        login: { too_small: 'At least 2 characters', invalid_format: 'Latin letters, digits, dot, dash, underscore' },
        last_name: { too_small: 'Required' },
        first_name: { too_small: 'Required' },
        full_name: { too_small: 'Required' },
        email: { invalid_format: 'Not a valid e-mail address' },
      },
    },
    change_password: {
      menu: 'Change password',
      title: 'Change password',
      current: 'Current password',
      new: 'New password',
      confirm: 'Confirmation',
      submit: 'Change password',
      hint: 'At least %{min} characters',
      forced: 'You signed in with a temporary password. Set your own password to continue.',
      too_short: 'The password must be at least %{min} characters long',
      mismatch: 'The passwords do not match',
      same: 'The new password must differ from the current one',
      success: 'Password changed',
    },
  },
};

export const en = mergeTranslations(englishMessages, raOverrides, enApp);
