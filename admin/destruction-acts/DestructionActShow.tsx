import { Alert, Box } from '@mui/material';
import { Labeled, ListButton, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { DateOnlyField } from '../common/fields';
import { formatDate } from '../common/format';
import { Section } from '../common/Section';
import type { DestructionActDetail } from '../types';
import { ActContentSections } from './ActContentSections';
import { ActLogExtract } from './ActLogExtract';
import { ActPdfButtons } from './ActPdfButtons';
import { ActStatusChip, CategoriesSummaryField, CoverageLink, ReasonField } from './actFields';

/**
 * The act as a page (Order 179's fields) with its log extract. Opening it is an audited read: it is the one place the
 * destroyed person's name survives. Once the retention job has ended the act, only the register row is left.
 */
export const DestructionActShow = () => (
  <Show actions={<DestructionActShowActions />}>
    <DestructionActCard />
  </Show>
);

const DestructionActShowActions = () => (
  <TopToolbar sx={{ flexWrap: 'wrap' }}>
    <ActPdfButtons />
    <ListButton />
  </TopToolbar>
);

const DestructionActCard = () => {
  const act = useRecordContext<DestructionActDetail>();
  const translate = useTranslate();
  if (!act) return null;
  return (
    <Box sx={{ p: 2 }}>
      {act.content === null && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.destruction-acts.expired', { date: formatDate(act.expires_on) })}
        </Alert>
      )}
      <Section title="resources.destruction-acts.sections.act" columns={4}>
        <Labeled>
          <TextField source="number" />
        </Labeled>
        <Labeled>
          <DateOnlyField source="destroyed_on" />
        </Labeled>
        <Labeled source="reason">
          <ReasonField />
        </Labeled>
        <Labeled source="kind">
          <CoverageLink />
        </Labeled>
        <Labeled source="status">
          <ActStatusChip />
        </Labeled>
        <Labeled source="categories">
          <CategoriesSummaryField />
        </Labeled>
        <Labeled>
          <DateOnlyField source="expires_on" />
        </Labeled>
      </Section>
      {act.content && (
        <>
          <ActContentSections content={act.content} />
          <ActLogExtract log={act.content.log} />
        </>
      )}
    </Box>
  );
};
