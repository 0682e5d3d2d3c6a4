import type { Db } from '../../server/db/connection.js';
import { DUMMY_HASH } from '../../server/auth/passwords.js';
import type { Actor } from '../../server/shared/requestContext.js';

export const OPERATORS = 40;
export const COMPLIANCE = 5;
export const ADMINS = 2;

const login = (prefix: string, n: number) => `${prefix}${String(n).padStart(2, '0')}`;

/** The staff whose actions fill the generated log; their password hash matches no password, so nobody can sign in as them. */
export function insertHistoricStaff(
  db: Db,
  createdAt: string,
): { operators: Actor[]; compliance: Actor[]; all: Actor[] } {
  const insert = db.prepare(
    `INSERT INTO staff (login, full_name, role, active, password_hash, must_change_password, created_at, updated_at)
     VALUES (?, ?, ?, 1, ?, 0, ?, ?)`,
  );
  const add = (l: string, role: string): Actor => {
    const id = Number(insert.run(l, `Сотрудник ${l}`, role, DUMMY_HASH, createdAt, createdAt).lastInsertRowid);
    return { id, login: l, role };
  };
  const operators = Array.from({ length: OPERATORS }, (_, i) => add(login('op', i + 1), 'operator'));
  const compliance = Array.from({ length: COMPLIANCE }, (_, i) => add(login('cmp', i + 1), 'compliance'));
  const admins = Array.from({ length: ADMINS }, (_, i) => add(login('adm', i + 1), 'admin'));
  return { operators, compliance, all: [...operators, ...compliance, ...admins] };
}
