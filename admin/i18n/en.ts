// English, loaded on demand when a user switches language. Each part in en/ is typed against
// its counterpart in ru/, and the whole against ruApp, so a key missing (or extra) here is a
// compile error. The parts import ru/ for types only: the Russian texts stay out of this chunk.
import englishMessages from 'ra-language-english';
import { mergeTranslations } from 'react-admin';
import { app, roles } from './en/app';
import { auditLog } from './en/auditLog';
import { auth, changePassword } from './en/auth';
import { calendar } from './en/calendar';
import { common, csv } from './en/common';
import { consents } from './en/consents';
import { dashboard } from './en/dashboard';
import { deadlines } from './en/deadlines';
import { consentForms, documents, policies } from './en/documents';
import { inputs } from './en/inputs';
import { letters } from './en/letters';
import { marketingList } from './en/marketingList';
import { raOverrides } from './en/ra';
import { serverErrors, serverFieldErrors } from './en/serverErrors';
import { staff } from './en/staff';
import { statistics } from './en/statistics';
import { subjects } from './en/subjects';
import { submissions } from './en/submissions';
import { upload } from './en/upload';
import { settings } from './en/settings';
import { replies } from './en/replies';
import { disclosures } from './en/disclosures';
import { accessReport } from './en/accessReport';
import { destructions } from './en/destructions';
import { destructionActs } from './en/destructionActs';
import { destructionCandidates } from './en/destructionCandidates';
import { submissionDestructions } from './en/submissionDestructions';
import { checkpoints } from './en/checkpoints';
import { auditFlags } from './en/auditFlags';
import { auditReports } from './en/auditReports';
import { incidents } from './en/incidents';
import type { ruApp } from './ru';
import type { SameKeys } from './sameKeys';

const enApp: SameKeys<typeof ruApp> = {
  resources: {
    subjects,
    'audit-log': auditLog,
    staff,
    submissions,
    consents,
    policies,
    'consent-forms': consentForms,
    'marketing-list': marketingList,
    letters,
    deadlines,
    calendar,
    replies,
    disclosures,
    destructions,
    'destruction-acts': destructionActs,
    'destruction-candidates': destructionCandidates,
    'submission-destructions': submissionDestructions,
    checkpoints,
    'audit-flags': auditFlags,
    incidents,
  },
  pd: {
    app,
    roles,
    common,
    auth,
    server_errors: serverErrors,
    server_field_errors: serverFieldErrors,
    documents,
    csv,
    statistics,
    change_password: changePassword,
    upload,
    inputs,
    dashboard,
    settings,
    access_report: accessReport,
    audit_reports: auditReports,
  },
};

export const en = mergeTranslations(englishMessages, raOverrides, enApp);
