// Record types as the API sends them. They are defined once, in the contract the server also uses; here each
// becomes a react-admin record. The SPA imports nothing of server/ but server/contract/.
import type { RaRecord } from 'react-admin';
import type * as C from '../server/contract';

export * from '../server/contract';

export type Subject = C.Subject & RaRecord;
export type AuditLogEntry = C.AuditLogEntry & RaRecord;
export type Staff = C.Staff & RaRecord;
export type CreatedStaff = C.CreatedStaff & RaRecord;
export type Assignee = C.Assignee & RaRecord;
export type Submission = C.Submission & RaRecord;
export type SubmissionDetail = C.SubmissionDetail & RaRecord;
export type Consent = C.Consent & RaRecord;
export type PolicyDocument = C.PolicyDocument & RaRecord;
export type ConsentForm = C.ConsentForm & RaRecord;
export type MarketingListRow = C.MarketingListRow & RaRecord;
export type Letter = C.Letter & RaRecord;
export type LetterDetail = C.LetterDetail & RaRecord;
export type DeadlineItem = C.DeadlineItem & RaRecord;
export type CalendarDay = C.CalendarDay & RaRecord;
export type CalendarYear = C.CalendarYear & RaRecord;
export type Attachment = C.Attachment & RaRecord;
export type Destruction = C.DestructionRecord & RaRecord;
export type DestructionAct = C.DestructionActRecord & RaRecord;
export type DestructionActDetail = C.DestructionActDetail & RaRecord;
export type DestructionCandidate = C.DestructionCandidate & RaRecord;
export type SubmissionDestruction = C.SubmissionDestructionRecord & RaRecord;
export type SubmissionDestructionDetail = C.SubmissionDestructionDetail & RaRecord;

/** The two resources that share the document screens (policy versions and consent forms). */
export type DocumentResource = 'policies' | 'consent-forms';
