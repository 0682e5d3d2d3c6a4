import type * as ru from '../ru/settings';
import type { SameKeys } from '../sameKeys';

export const settings: SameKeys<typeof ru.settings> = {
  menu: 'Operator details',
  title: 'Operator details',
  help: 'Printed in the letterhead and signature of every reply and act. Every change is written to the audit log.',
  read_only: 'The administrator changes these details.',
  failed: 'Could not load the operator details',
  incomplete: 'Until «%{fields}» are filled in, replies and acts cannot be produced.',
  updated: 'Changed %{at} by %{by}',
  never_updated: 'Values from the privacy policy, not changed yet',
  saved: 'Operator details saved',
  conflict: 'Another staff member changed the details. The current values are shown — make your changes again',
  sections: {
    operator: 'Operator',
    responsible: 'Responsible for organising processing',
    signer: 'Signer of replies',
    system: 'Information system and destruction',
  },
  fields: {
    operator_name: 'Operator name',
    legal_address: 'Legal address',
    postal_address: 'Postal address',
    email: 'E-mail for questions',
    website: 'Website',
    inn: 'INN',
    ogrn: 'OGRN',
    responsible_name: 'Responsible person’s full name',
    responsible_position: 'Responsible person’s position',
    system_name: 'Information system name',
    destruction_method: 'Method of destroying personal data',
    signer_name: 'Signer’s full name',
    signer_position: 'Signer’s position',
  },
  helpers: {
    postal_address: 'Where subjects send a withdrawal of consent (clause 6.2 of the policy)',
    email: 'The address of clause 7.1 of the policy',
    inn: '10 or 12 digits; optional',
    ogrn: '13 or 15 digits; optional',
    responsible_name: 'The person responsible for organising personal data processing (152-FZ art. 22.1)',
    system_name: 'The system’s name as acts print it',
    destruction_method:
      'Every new destruction act states the method so (Roskomnadzor Order 179); acts already made do not change',
    signer_name: 'Who signs the replies to subjects',
  },
  validation: {
    inn: 'INN is 10 or 12 digits',
    ogrn: 'OGRN is 13 or 15 digits',
    website: 'Enter the website address, e.g. www.medistarsgroup.com',
  },
};
