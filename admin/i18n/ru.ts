// Russian is the working language of the clinic and the default locale.
// Terms follow the glossary of the product docs. The texts live in ru/, one module per
// resource or app-wide concern; en/ must have exactly the same keys (the compiler checks it).
import russianMessages from 'ra-language-russian';
import { mergeTranslations } from 'react-admin';
import { app, roles } from './ru/app';
import { auditLog } from './ru/auditLog';
import { auth, changePassword } from './ru/auth';
import { calendar } from './ru/calendar';
import { common, csv } from './ru/common';
import { consents } from './ru/consents';
import { dashboard } from './ru/dashboard';
import { deadlines } from './ru/deadlines';
import { consentForms, documents, policies } from './ru/documents';
import { inputs } from './ru/inputs';
import { letters } from './ru/letters';
import { marketingList } from './ru/marketingList';
import { raOverrides } from './ru/ra';
import { serverErrors, serverFieldErrors } from './ru/serverErrors';
import { staff } from './ru/staff';
import { statistics } from './ru/statistics';
import { subjects } from './ru/subjects';
import { submissions } from './ru/submissions';
import { upload } from './ru/upload';
import { settings } from './ru/settings';
import { replies } from './ru/replies';
import { disclosures } from './ru/disclosures';
import { accessReport } from './ru/accessReport';
import { destructions } from './ru/destructions';
import { destructionActs } from './ru/destructionActs';
import { destructionCandidates } from './ru/destructionCandidates';
import { submissionDestructions } from './ru/submissionDestructions';
import { checkpoints } from './ru/checkpoints';
import { auditFlags } from './ru/auditFlags';
import { auditReports } from './ru/auditReports';
import { incidents } from './ru/incidents';

export const ruApp = {
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

export const ru = mergeTranslations(russianMessages, raOverrides, ruApp);
