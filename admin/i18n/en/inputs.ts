import type * as ru from '../ru/inputs';
import type { SameKeys } from '../sameKeys';

export const inputs: SameKeys<typeof ru.inputs> = {
  date: {
    incomplete: 'Enter the whole date: day, month and year',
    invalid: 'There is no such date',
    min: 'The date cannot be before %{date}',
    max: 'The date cannot be after %{date}',
  },
  date_time: {
    incomplete: 'Enter the whole date and time',
    invalid: 'There is no such date',
    min: 'Not before %{date}',
    max: 'Not after %{date}',
  },
  hours_placeholder: 'hh',
  phone: {
    invalid: 'Enter the whole number: +7 (XXX) XXX-XX-XX',
  },
};
