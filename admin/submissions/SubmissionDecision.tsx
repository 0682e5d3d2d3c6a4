import { Labeled, ReferenceField, SelectField, TextField, useRecordContext } from 'react-admin';
import { TimestampField } from '../common/fields';
import type { SubmissionDetail } from '../types';
import { REJECT_CATEGORY_CHOICES } from './choices';
import { SubmissionStatusChip } from './submissionFields';

/** A decided submission: the outcome, who decided and when, and where it went. */
export const SubmissionDecision = () => {
  const record = useRecordContext<SubmissionDetail>();
  if (!record) return null;
  return (
    <>
      <Labeled label="resources.submissions.decision.outcome">
        <SubmissionStatusChip source="status" />
      </Labeled>
      <Labeled>
        <TextField source="decided_by_login" emptyText="pd.common.empty" />
      </Labeled>
      <Labeled>
        <TimestampField source="decided_at" />
      </Labeled>
      {record.subject_id != null && (
        <Labeled>
          <ReferenceField source="subject_id" reference="subjects" link="show" />
        </Labeled>
      )}
      {record.status === 'rejected' && (
        <>
          <Labeled>
            <SelectField source="reject_category" choices={REJECT_CATEGORY_CHOICES} emptyText="pd.common.empty" />
          </Labeled>
          <Labeled>
            <TextField source="reject_reason" emptyText="pd.common.empty" />
          </Labeled>
        </>
      )}
    </>
  );
};
