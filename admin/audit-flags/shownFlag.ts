import type { AuditFlag, AuditFlagDetail } from '../types';

/**
 * The record a flag's card shows: react-admin fills it first from the list's row and then from the detail, so the
 * detail's own fields may still be missing.
 */
export type ShownFlag = AuditFlag & Partial<Omit<AuditFlagDetail, keyof AuditFlag>> & { id: number };
