import { Alert, Box, Typography } from '@mui/material';
import { Labeled, ListButton, Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { formatMoscowMinute } from '../common/moscowTime';
import { Section } from '../common/Section';
import {
  CountField,
  DetectedAtField,
  FlagSubjectField,
  KindChip,
  ReviewStateChip,
  reviewState,
  WindowField,
} from './flagFields';
import { FlagEntriesTable } from './FlagEntriesTable';
import { ReviewFlagButton } from './ReviewFlagButton';
import type { ShownFlag } from './shownFlag';

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
  const flag = useRecordContext<ShownFlag>();
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

const ReviewSection = ({ flag }: { flag: ShownFlag }) => {
  const translate = useTranslate();
  // Opened from the list, the card shows the list's row until the detail arrives: no earlier reviews yet.
  const earlierReviews = flag.earlier_reviews ?? [];
  return (
    <Box component="section" aria-labelledby="flag-review" sx={{ mt: 3 }}>
      <Typography id="flag-review" variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
        {translate('resources.audit-flags.sections.review')}
      </Typography>
      {reviewState(flag) === 'grown' && (
        <Alert severity="warning" sx={{ my: 1 }}>
          {translate('resources.audit-flags.grown_since_review', {
            count: flag.entries - (flag.reviewed_entries ?? flag.entries),
          })}
        </Alert>
      )}
      {flag.reviewed_at ? (
        <ReviewText
          login={flag.reviewed_by_login ?? ''}
          at={flag.reviewed_at}
          entries={flag.reviewed_entries ?? flag.entries}
          comment={flag.review_comment ?? null}
        />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.audit-flags.not_reviewed')}
        </Typography>
      )}
      {earlierReviews.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
            {translate('resources.audit-flags.sections.earlier_reviews')}
          </Typography>
          {[...earlierReviews].reverse().map((r) => (
            <ReviewText
              key={r.reviewed_at}
              login={r.reviewed_by_login}
              at={r.reviewed_at}
              entries={r.reviewed_entries}
              comment={r.comment}
            />
          ))}
        </>
      )}
    </Box>
  );
};

/** One review: who, when, how many entries it saw, and the words («сведения уничтожены» once the key is gone). */
const ReviewText = (r: { login: string; at: string; entries: number; comment: string | null }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 1 }}>
      <Typography variant="body2">
        {`${r.login}, ${formatMoscowMinute(r.at)} · ${translate('resources.audit-flags.review_saw', { entries: r.entries })}`}
      </Typography>
      <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap' }}>
        {r.comment ?? translate('resources.audit-flags.comment_destroyed')}
      </Typography>
    </Box>
  );
};
