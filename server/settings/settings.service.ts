import type { Db } from '../db/connection.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { OperatorSettings } from '../contract/index.js';

// STUB (the settings slice replaces it): the operator's details as the policy gives them.
export class SettingsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly now: () => Date,
  ) {}

  current(): OperatorSettings {
    void this.db;
    void this.audit;
    void this.now;
    return {
      operator_name: 'ООО «Натамед»',
      legal_address: '125047, г. Москва, ул. Фадеева, д. 7, стр. 1',
      postal_address: '125047, г. Москва, ул. Фадеева, д. 7, стр. 1',
      email: 'info@medistars.ru',
      website: 'medistars.ru',
      inn: null,
      ogrn: null,
      responsible_name: '',
      responsible_position: '',
      system_name: 'PD Desk',
      signer_name: '',
      signer_position: '',
      updated_at: null,
      updated_by: null,
      version: 0,
    };
  }
}
