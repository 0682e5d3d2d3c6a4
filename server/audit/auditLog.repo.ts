import type { Db } from '../db/connection.js';
import type { ListQuery } from '../http/listQuery.js';
import { inList, listRows, type ListSql } from '../db/listSql.js';
import type { AuditRow } from './audit.repo.js';

const listSql: ListSql = {
  from: 'audit_log',
  columns: '*',
  orderBy: { id: 'id', at: 'id' },
  where: {
    id: (v: number | number[]) => inList('id', v),
    actor_login: (v: string) => ({ sql: 'actor_login = ?', params: [v] }),
    action: (v: string | string[]) => {
      const list = Array.isArray(v) ? v : [v];
      return { sql: `action IN (${list.map(() => '?').join(', ')})`, params: list };
    },
    subject_id: (v: number) => ({ sql: 'subject_id = ?', params: [v] }),
    entity_type: (v: string) => ({ sql: 'entity_type = ?', params: [v] }),
    from: (v: string) => ({ sql: 'at >= ?', params: [v] }),
    to: (v: string) => ({ sql: 'at < ?', params: [v] }),
  },
};

export function listAuditEntries(db: Db, q: ListQuery) {
  return listRows<AuditRow>(db, listSql, q);
}
