import { NumberInput, SelectInput } from 'react-admin';
import { DESTRUCTION_CANDIDATE_KINDS } from '../types';

const KIND_CHOICES = DESTRUCTION_CANDIDATE_KINDS.map((kind) => ({
  id: kind,
  name: `resources.destruction-candidates.kind.${kind}`,
}));

export const candidateFilters = [
  <SelectInput key="kind" source="kind" choices={KIND_CHOICES} alwaysOn sx={{ minWidth: 220 }} />,
  <NumberInput key="older_than_days" source="older_than_days" min={0} step={1} alwaysOn sx={{ width: 220 }} />,
];
