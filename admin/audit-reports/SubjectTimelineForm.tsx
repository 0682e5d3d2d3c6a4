import { Box, Button, Typography } from '@mui/material';
import { Form, NumberInput, minValue, required, useTranslate } from 'react-admin';

const label = (name: string) => `pd.audit_reports.timeline.form.${name}`;
const idRules = [required(), minValue(1)];

/** The subject's number (as the log and the subject's card show it). */
export const SubjectTimelineForm = ({
  initial,
  onSubmit,
}: {
  initial: number | null;
  onSubmit: (subjectId: number) => void;
}) => {
  const translate = useTranslate();
  return (
    <Form
      // A new address brings a new subject: the form starts again from it.
      key={initial ?? 'none'}
      defaultValues={{ subject_id: initial ?? undefined }}
      onSubmit={(values: Record<string, unknown>) => onSubmit(Number(values.subject_id))}
    >
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500, mb: 1 }}>
        {translate(label('title'))}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, alignItems: 'flex-start' }}>
        <NumberInput
          source="subject_id"
          label={label('subject_id')}
          validate={idRules}
          min={1}
          step={1}
          sx={{ width: '12.5rem' }}
        />
        <Button type="submit" variant="contained" sx={{ mt: 1 }}>
          {translate(label('submit'))}
        </Button>
      </Box>
    </Form>
  );
};
