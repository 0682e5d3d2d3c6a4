import type { Db } from '../db/connection.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { OwnerKeyring } from '../uploads/dataKeys.js';

/** Retention periods that end by themselves: a destruction act's content after 3 years (Order 179). */
export class RetentionService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly ownerKeys: OwnerKeyring,
    private readonly now: () => Date,
  ) {}
}
