import { SelectInput, TextInput, maxLength, minLength, required } from 'react-admin';
import { MIN_REASON_LENGTH, type DestructionPreview } from '../types';
import { REASON_CHOICES } from './choices';
import { PlanEditor } from './PlanEditor';

/** What a proposal asks, for one subject or many: the reason, its words (they go into the act), the plan. */
export const ProposalInputs = ({ preview }: { preview?: DestructionPreview }) => (
  <>
    <SelectInput
      source="reason"
      label="resources.destructions.propose.reason"
      choices={REASON_CHOICES}
      validate={required()}
      emptyText=""
      fullWidth
    />
    <TextInput
      source="reason_text"
      label="resources.destructions.propose.reason_text"
      helperText="resources.destructions.propose.reason_text_helper"
      validate={[required(), minLength(MIN_REASON_LENGTH), maxLength(2000)]}
      multiline
      minRows={2}
      autoComplete="off"
      fullWidth
    />
    <PlanEditor preview={preview} />
  </>
);
