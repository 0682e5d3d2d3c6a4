// The letter and the subject a term belongs to, as links for the roles that may read them. The administrator reads
// the terms (ids and dates) but neither letters nor subjects: for that role they are numbers, and nothing is fetched
// (a refused read would be logged as a denied access).
import { Typography } from '@mui/material';
import { ReferenceField, TextField, useFieldValue, useTranslate } from 'react-admin';
import { useCan } from '../providers/useCan';

const Numbered = ({ label, id }: { label: string; id: unknown }) => {
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {translate(label, { id })}
    </Typography>
  );
};

/** The letter's incoming number (ВХ-2026-00012), a link to the letter. */
export const LetterNumberField = ({ source = 'letter_id' }: { source?: string; label?: string }) => {
  const id = useFieldValue({ source });
  const { canAccess } = useCan('letters.show');
  const translate = useTranslate();
  if (id == null) return <Typography variant="body2">{translate('pd.common.empty')}</Typography>;
  if (!canAccess) return <Numbered label="resources.deadlines.letter_number" id={id} />;
  return (
    <ReferenceField source={source} reference="letters" link="show">
      <TextField source="reg_number" sx={{ whiteSpace: 'nowrap' }} />
    </ReferenceField>
  );
};

/** The incident's number (ИНЦ-2026-001), a link to the incident, for the roles that see incidents. */
export const IncidentNumberField = ({ source = 'incident_id' }: { source?: string; label?: string }) => {
  const id = useFieldValue({ source });
  const { canAccess } = useCan('incidents.show');
  const translate = useTranslate();
  if (id == null) return <Typography variant="body2">{translate('pd.common.empty')}</Typography>;
  if (!canAccess) return <Numbered label="resources.deadlines.incident_number" id={id} />;
  return (
    <ReferenceField source={source} reference="incidents" link="show">
      <TextField source="number" sx={{ whiteSpace: 'nowrap' }} />
    </ReferenceField>
  );
};

/** What the term answers: its letter, or its incident (an incident's notices have no letter). */
export const DeadlineBasisField = (_props: { source?: string; label?: string }) => {
  const incidentId = useFieldValue({ source: 'incident_id' });
  return incidentId != null ? <IncidentNumberField /> : <LetterNumberField />;
};

/** The subject's name, a link to the card; «—» until the letter's sender is identified. */
export const SubjectNameField = ({ source = 'subject_id' }: { source?: string; label?: string }) => {
  const id = useFieldValue({ source });
  const { canAccess } = useCan('subjects.show');
  const translate = useTranslate();
  if (id == null) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('resources.deadlines.not_identified')}
      </Typography>
    );
  }
  if (!canAccess) return <Numbered label="resources.deadlines.subject_number" id={id} />;
  return <ReferenceField source={source} reference="subjects" link="show" />;
};
