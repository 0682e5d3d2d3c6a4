import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatTimestamp } from '../common/format';
import type { LetterDetail } from '../types';

/** What the staff wrote at each step (a note, a reason), oldest first, with who and when. */
export const LetterNotes = () => {
  const letter = useRecordContext<LetterDetail>();
  const translate = useTranslate();
  if (!letter?.notes) return null;
  if (letter.notes.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.letters.notes.none')}
      </Typography>
    );
  }
  return (
    <Box component="ol" sx={{ m: 0, pl: 0, listStyle: 'none', display: 'grid', gap: 1.5 }}>
      {letter.notes.map((note) => (
        <Box component="li" key={note.id} sx={{ borderLeft: 3, borderColor: 'divider', pl: 1.5 }}>
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            {translate(`resources.letters.notes.step.${note.step}`, { _: note.step })}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {note.note ?? translate('resources.letters.personal_destroyed')}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {formatTimestamp(note.created_at)} · {note.created_by_login}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
