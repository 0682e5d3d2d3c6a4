import { Typography } from '@mui/material';
import {
  Labeled,
  Link,
  Show,
  TextField,
  TopToolbar,
  ListButton,
  useCreatePath,
  useFieldValue,
  useTranslate,
} from 'react-admin';
import { IpField, RoleField, TimestampField } from '../common/fields';
import { Section } from '../common/Section';
import { useCan } from '../providers/useCan';
import { AuditActionField, EntityTypeField } from './auditFields';
import { AuditDetailsView } from './AuditDetailsView';

const empty = 'pd.common.empty';

export const AuditLogShow = () => (
  <Show actions={<AuditLogShowActions />}>
    <Section title="resources.audit-log.sections.entry" columns={3}>
      <Labeled>
        <TextField source="id" />
      </Labeled>
      <Labeled>
        <TimestampField source="at" />
      </Labeled>
      <Labeled>
        <AuditActionField source="action" />
      </Labeled>
      <Labeled>
        <TextField source="actor_login" emptyText={empty} />
      </Labeled>
      <Labeled>
        <RoleField source="actor_role" />
      </Labeled>
      <Labeled>
        <IpField source="ip" />
      </Labeled>
      <Labeled>
        <EntityTypeField source="entity_type" />
      </Labeled>
      <Labeled>
        <TextField source="entity_id" emptyText={empty} />
      </Labeled>
      <Labeled source="subject_id">
        <SubjectLink />
      </Labeled>
      <Labeled>
        <TextField source="request_id" emptyText={empty} />
      </Labeled>
    </Section>
    <Section title="resources.audit-log.fields.details" columns={1}>
      <AuditDetailsView />
    </Section>
    <Section title="resources.audit-log.sections.chain" columns={1}>
      <Labeled source="prev_hash">
        <Hash source="prev_hash" />
      </Labeled>
      <Labeled source="hash">
        <Hash source="hash" />
      </Labeled>
    </Section>
  </Show>
);

const AuditLogShowActions = () => (
  <TopToolbar>
    <ListButton />
  </TopToolbar>
);

/** The subject's card, for those allowed to open it. */
const SubjectLink = () => {
  const subjectId = useFieldValue({ source: 'subject_id' });
  const { canAccess } = useCan('subjects.show');
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (subjectId == null) return <Typography variant="body2">{translate(empty)}</Typography>;
  if (!canAccess) return <Typography variant="body2">{String(subjectId)}</Typography>;
  return <Link to={createPath({ resource: 'subjects', id: subjectId, type: 'show' })}>{String(subjectId)}</Link>;
};

const Hash = ({ source }: { source: string }) => {
  const value = useFieldValue({ source });
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
      {value ?? translate(empty)}
    </Typography>
  );
};
