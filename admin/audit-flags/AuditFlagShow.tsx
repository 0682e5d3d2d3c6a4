import { Box, Typography } from '@mui/material';
import { Labeled, ListButton, Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { formatMoscowMinute } from '../common/moscowTime';
import { Section } from '../common/Section';
import type { AuditFlagDetail } from '../types';
import { CountField, DetectedAtField, FlagSubjectField, KindChip, ReviewStateChip, WindowField } from './flagFields';
import { FlagEntriesTable } from './FlagEntriesTable';
import { ReviewFlagButton } from './ReviewFlagButton';

type FlagRecord = AuditFlagDetail & { id: number };

/** One flag: what was found, the log entries behind it (each a link to the entry), and its review. */
export const AuditFlagShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ReviewFlagButton />
        <ListButton />
      </TopToolbar>
    }
  >
    <FlagCard />
  </Show>
);

const FlagCard = () => {
  const flag = useRecordContext<FlagRecord>();
  const translate = useTranslate();
  if (!flag) return null;
  return (
    <Box sx={{ p: 2 }}>
      <Section title="resources.audit-flags.sections.flag" columns={3}>
        <Labeled source="kind">
          <KindChip />
        </Labeled>
        <Labeled source="subject_value">
          <FlagSubjectField />
        </Labeled>
        <Labeled source="window_start">
          <WindowField />
        </Labeled>
        <Labeled source="count">
          <CountField />
        </Labeled>
        <Labeled source="detected_at">
          <DetectedAtField />
        </Labeled>
        <Labeled source="reviewed">
          <ReviewStateChip />
        </Labeled>
      </Section>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate(`resources.audit-flags.kind_hint.${flag.kind}`)}
      </Typography>
      <FlagEntriesTable flag={flag} />
      <ReviewSection flag={flag} />
    </Box>
  );
};

const ReviewSection = ({ flag }: { flag: FlagRecord }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="flag-review" sx={{ mt: 3 }}>
      <Typography id="flag-review" variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
        {translate('resources.audit-flags.sections.review')}
      </Typography>
      {flag.reviewed ? (
        <>
          <Typography variant="body2">
            {`${flag.reviewed_by_login ?? ''}, ${formatMoscowMinute(flag.reviewed_at)}`}
          </Typography>
          <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap', mt: 1 }}>
            {flag.review_comment}
          </Typography>
        </>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.audit-flags.not_reviewed')}
        </Typography>
      )}
    </Box>
  );
};
