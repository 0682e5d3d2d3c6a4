import { Box, Divider, Typography } from '@mui/material';
import { FormDataConsumer, RadioButtonGroupInput, required, useTranslate } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { todayIso } from '../common/format';
import type { DestructionCategory, DestructionPreview } from '../types';
import { ACTION_CHOICES, CATEGORIES } from './choices';
import type { PlanRow } from './plan';
import { RetainBasisInput } from './RetainBasisInput';

/**
 * The plan inside a proposal's form (`plan.<n>.*`, one row per category in the contract's order): destroy or retain,
 * and for a retained category its basis and term. With a preview (one subject) each row says how much it holds; the
 * bulk proposal, one plan for many subjects, has none.
 */
export const PlanEditor = ({ preview }: { preview?: DestructionPreview }) => (
  <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
    <PlanLegend />
    {CATEGORIES.map((category, index) => (
      <PlanRowInputs key={category} category={category} index={index} count={preview?.[category]} />
    ))}
  </Box>
);

const PlanLegend = () => {
  const translate = useTranslate();
  return (
    <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 500, mb: 0.5 }}>
      {translate('resources.destructions.sections.plan')}
    </Typography>
  );
};

const PlanRowInputs = ({
  category,
  index,
  count,
}: {
  category: DestructionCategory;
  index: number;
  count?: number;
}) => {
  const translate = useTranslate();
  const label = translate(`resources.destructions.category.${category}`);
  return (
    <Box sx={{ py: 0.5 }} data-testid={`plan-row-${category}`}>
      <Divider sx={{ mb: 0.5 }} />
      <FormDataConsumer<{ plan?: PlanRow[] }>>
        {({ formData }) => {
          const retain = formData.plan?.[index]?.action === 'retain';
          return (
            <>
              <RadioButtonGroupInput
                source={`plan.${index}.action`}
                label={label}
                choices={ACTION_CHOICES}
                helperText={countLine(translate, retain, count)}
                row
                sx={ROW}
              />
              {retain && (
                <Box
                  sx={{
                    display: 'grid',
                    gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 1fr) 190px' },
                    columnGap: 2,
                    alignItems: 'start',
                    pl: { sm: 2 },
                  }}
                >
                  <RetainBasisInput index={index} category={category} />
                  <DateInput
                    source={`plan.${index}.retain_until`}
                    label="resources.destructions.plan.retain_until"
                    minDate={todayIso()}
                    validate={required()}
                  />
                </Box>
              )}
            </>
          );
        }}
      </FormDataConsumer>
    </Box>
  );
};

/**
 * One line a category: its name with what it holds under it on the left, the choice on the right (a column on a
 * phone). MUI's FormControl holds the legend, the radio group and the helper text as siblings: a grid places them.
 */
const ROW = {
  my: 0,
  width: '100%',
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 1fr) auto' },
  alignItems: 'center',
  columnGap: 2,
  '& > .MuiFormLabel-root': {
    gridColumn: 1,
    gridRow: 1,
    position: 'static',
    transform: 'none',
    color: 'text.primary',
    fontSize: '0.9375rem',
    m: 0,
  },
  '& > .MuiFormGroup-root': { gridColumn: { xs: 1, sm: 2 }, gridRow: { xs: 2, sm: '1 / span 2' }, flexWrap: 'nowrap' },
  '& > .MuiFormHelperText-root': { gridColumn: 1, gridRow: { xs: 3, sm: 2 }, mx: 0, mt: 0 },
} as const;

/** «будет удалено: 3», «останется заблокированным: 3», «сведений нет», or nothing without a preview. */
const countLine = (translate: (key: string, args?: object) => string, retain: boolean, count?: number) => {
  if (count === undefined) return false;
  if (count === 0) return translate('resources.destructions.plan.nothing');
  return translate(`resources.destructions.plan.${retain ? 'will_retain' : 'will_destroy'}`, { smart_count: count });
};
