// The operator's details («Реквизиты оператора»): one record the administrator edits, read by every signed-in role
// and printed on every reply and act. Owned by the settings feature (server/settings/).

export interface OperatorSettings {
  /** ООО «Натамед» */
  operator_name: string;
  legal_address: string;
  postal_address: string;
  /** For questions about personal data (clause 7.1 of the policy). */
  email: string;
  website: string;
  inn: string | null;
  ogrn: string | null;
  /** The responsible person for organising processing (152-FZ art. 22.1). */
  responsible_name: string;
  responsible_position: string;
  /** The information system's name as acts name it. */
  system_name: string;
  /** How data is destroyed, as each act states it (Order 179): free text, written into an act when it is made. */
  destruction_method: string;
  /** Who signs the replies. */
  signer_name: string;
  signer_position: string;
  updated_at: string | null;
  updated_by: string | null;
  version: number;
}
