import type { Db } from '../db/connection.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { OwnerKeyring } from '../uploads/dataKeys.js';
import type { SettingsService } from '../settings/settings.service.js';

/** The register of destruction acts (Order 179): list, the audited reads of an act's content, its two PDFs. */
export class DestructionActService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly ownerKeys: OwnerKeyring,
    private readonly settings: SettingsService,
    private readonly now: () => Date,
  ) {}
}
