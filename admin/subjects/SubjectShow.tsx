import { Typography } from '@mui/material';
import {
  EditButton,
  EmailField,
  Labeled,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateOnlyField, PhoneField, TimestampField } from '../common/fields';
import { Section } from '../common/Section';
import { SubjectConsents } from '../consents/SubjectConsents';
import { ProposeDestructionButton } from '../destructions/ProposeDestructionButton';
import { BlockedBanner, useBlockingLetters } from '../letters/BlockedBanner';
import { useCan } from '../providers/useCan';
import type { Subject } from '../types';
import { SEX_CHOICES } from './choices';
import { RevealMedicalInfo, RevealedMedicalInfoProvider } from './RevealMedicalInfo';
import { AccessReportButton } from './AccessReportButton';
import { DestroyedSubject } from './DestroyedSubject';
import { SubjectHistory } from './SubjectHistory';
import { SubjectStatusChip } from './SubjectStatusChip';
import { SubjectTimelineButton } from './SubjectTimelineButton';

export const SubjectShow = () => (
  <Show actions={<SubjectShowActions />}>
    <SubjectCard />
  </Show>
);

/** A destroyed subject has nothing left but its day, its act and its history. */
const SubjectCard = () => {
  const subject = useRecordContext<Subject>();
  if (subject?.status === 'destroyed') return <DestroyedSubject />;
  return (
    <RevealedMedicalInfoProvider>
      <BlockedBanner />
      <SubjectTabs />
    </RevealedMedicalInfoProvider>
  );
};

/**
 * EditButton renders only when canAccess allows subjects.edit. A blocked subject takes a correction only under an
 * identified correction letter, so without one there is nothing to edit. No delete: destruction is a workflow, which
 * starts here with a proposal. A destroyed subject has no actions left but compliance's timeline.
 */
const SubjectShowActions = () => {
  const subject = useRecordContext<Subject>();
  const { letters, isPending } = useBlockingLetters(subject);
  if (!subject) return null;
  if (subject.status === 'destroyed') {
    return (
      <TopToolbar>
        <SubjectTimelineButton />
      </TopToolbar>
    );
  }
  const blocked = subject.status === 'blocked';
  const correctable = !blocked || (!isPending && letters.some((letter) => letter.kind === 'correction'));
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <AccessReportButton />
      <SubjectTimelineButton />
      <ProposeDestructionButton subjectId={subject.id} status={subject.status} />
      {correctable && <EditButton />}
    </TopToolbar>
  );
};

const SubjectTabs = () => {
  const { canAccess: canSeeHistory } = useCan('subjects.history');
  const { canAccess: canSeeConsents } = useCan('consents.list');
  return (
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.subjects.tabs.details">
        <SubjectDetails />
      </TabbedShowLayout.Tab>
      {canSeeConsents && (
        <TabbedShowLayout.Tab label="resources.subjects.tabs.consents" path="consents">
          <SubjectConsents />
        </TabbedShowLayout.Tab>
      )}
      {canSeeHistory && (
        <TabbedShowLayout.Tab label="resources.subjects.tabs.history" path="history">
          <SubjectHistory />
        </TabbedShowLayout.Tab>
      )}
    </TabbedShowLayout>
  );
};

const empty = 'pd.common.empty';

const SubjectDetails = () => (
  <>
    <Section title="resources.subjects.sections.person">
      <Labeled>
        <TextField source="last_name" emptyText={empty} />
      </Labeled>
      <Labeled>
        <TextField source="first_name" emptyText={empty} />
      </Labeled>
      <Labeled>
        <TextField source="patronymic" emptyText={empty} />
      </Labeled>
      <Labeled>
        <SelectField source="sex" choices={SEX_CHOICES} emptyText={empty} />
      </Labeled>
      <Labeled source="birth_date">
        <BirthDateWithAge />
      </Labeled>
      <Labeled>
        <SubjectStatusChip source="status" />
      </Labeled>
    </Section>
    <Section title="resources.subjects.sections.contacts">
      <Labeled>
        <PhoneField source="phone" />
      </Labeled>
      <Labeled>
        <EmailField source="email" emptyText={empty} />
      </Labeled>
    </Section>
    <Section title="resources.subjects.sections.legal_rep" columns={2}>
      <Labeled>
        <TextField source="legal_rep_name" emptyText={empty} />
      </Labeled>
      <Labeled>
        <TextField source="legal_rep_basis" emptyText={empty} />
      </Labeled>
    </Section>
    <Section title="resources.subjects.sections.medical" columns={1}>
      <RevealMedicalInfo />
    </Section>
    <Section title="resources.subjects.sections.record" columns={4}>
      <Labeled>
        <TextField source="id" />
      </Labeled>
      <Labeled>
        <TextField source="version" />
      </Labeled>
      <Labeled>
        <TimestampField source="created_at" />
      </Labeled>
      <Labeled>
        <TimestampField source="updated_at" />
      </Labeled>
    </Section>
  </>
);

/** «07.03.1990 (35 лет)»: the age is computed by the server. */
const BirthDateWithAge = () => {
  const record = useRecordContext<Subject>();
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2">
      <DateOnlyField source="birth_date" />
      {record?.age != null && ` (${translate('resources.subjects.age', { smart_count: record.age })})`}
    </Typography>
  );
};
