import type { TimelineKind } from '../contract/index.js';

// What a subject's timeline calls each action (issue 13 §1: «changes, reads, consents, letters, disclosures»). Reads
// come first: opening a letter or a request is a read of the person's data, not a step of that workflow. The rest go
// by the part of the action before its dot; an action no rule names is «other», so a new one is never lost.
const READS = new Set([
  'subject.viewed',
  'subject.medical_viewed',
  'subject.access_report',
  'submission.viewed',
  'letter.viewed',
  'letter.attachment_downloaded',
  'reply.viewed',
  'reply.printed',
  'disclosure.viewed',
  'disclosure.attachment_downloaded',
  'destruction.viewed',
  'destruction_act.viewed',
  'destruction_act.printed',
  'attachment.downloaded',
  'audit_log.viewed',
]);

const BY_KIND_OF_ACTION: Record<string, TimelineKind> = {
  subject: 'changes',
  submission: 'changes',
  attachment: 'changes',
  consent: 'consents',
  letter: 'letters',
  reply: 'letters',
  deadline: 'letters',
  disclosure: 'disclosures',
  destruction: 'destruction',
  destruction_act: 'destruction',
  submission_destruction: 'destruction',
  incident: 'incidents',
};

// Destroying is its own kind wherever the action sits.
const DESTRUCTION = new Set(['subject.destroyed', 'submission.destroyed']);

export function timelineKind(action: string): TimelineKind {
  if (READS.has(action)) return 'reads';
  if (DESTRUCTION.has(action)) return 'destruction';
  return BY_KIND_OF_ACTION[action.slice(0, action.indexOf('.'))] ?? 'other';
}
