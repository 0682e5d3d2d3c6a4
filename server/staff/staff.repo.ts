import type { Db } from '../db/connection.js';
import type { ListQuery } from '../shared/listQuery.js';
import { inList, listRows, prefixMatch, type ListSql } from '../db/listSql.js';

export interface StaffRow {
  id: number;
  login: string;
  full_name: string;
  position: string | null;
  role: string;
  active: number;
  password_hash: string;
  must_change_password: number;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export type StaffPublicRow = Omit<StaffRow, 'password_hash' | 'failed_logins'>;

const PUBLIC_COLUMNS =
  'id, login, full_name, position, role, active, must_change_password, locked_until, created_at, updated_at';

const listSql: ListSql = {
  from: 'staff',
  columns: PUBLIC_COLUMNS,
  orderBy: {
    id: 'id',
    login: 'login',
    full_name: 'full_name',
    position: 'position',
    role: 'role',
    active: 'active',
    created_at: 'created_at',
  },
  where: {
    id: (v: number | number[]) => inList('id', v),
    q: (v: string) => ({ sql: 'login LIKE ? OR full_name LIKE ?', params: [`%${v}%`, `%${v}%`] }),
    role: (v: string) => ({ sql: 'role = ?', params: [v] }),
    active: (v: boolean) => ({ sql: 'active = ?', params: [v ? 1 : 0] }),
    login: (v: string) => prefixMatch('login', v),
  },
};

export function listStaff(db: Db, q: ListQuery) {
  return listRows<StaffPublicRow>(db, listSql, q);
}

// The assignees' view of the same table: names only, for every signed-in role.
const assigneeListSql: ListSql = {
  from: 'staff',
  columns: 'id, full_name, role, active',
  orderBy: { id: 'id', full_name: 'full_name' },
  where: {
    id: (v: number | number[]) => inList('id', v),
    q: (v: string) => ({ sql: 'full_name LIKE ?', params: [`%${v}%`] }),
    role: (v: string) => ({ sql: 'role = ?', params: [v] }),
    active: (v: boolean) => ({ sql: 'active = ?', params: [v ? 1 : 0] }),
  },
};

export type AssigneeRow = Pick<StaffRow, 'id' | 'full_name' | 'role' | 'active'>;

export function listAssignees(db: Db, q: ListQuery) {
  return listRows<AssigneeRow>(db, assigneeListSql, q);
}

export function countActiveAdmins(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM staff WHERE role = 'admin' AND active = 1").get() as { n: number }).n;
}

export function findStaffById(db: Db, id: number): StaffRow | undefined {
  return db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
}

export function findStaffByLogin(db: Db, login: string): StaffRow | undefined {
  return db.prepare('SELECT * FROM staff WHERE login = ?').get(login) as StaffRow | undefined;
}

export function insertStaff(
  db: Db,
  s: {
    login: string;
    full_name: string;
    position: string | null;
    role: string;
    password_hash: string;
    must_change_password: boolean;
    now: string;
  },
): number {
  const info = db
    .prepare(
      `INSERT INTO staff (login, full_name, position, role, password_hash, must_change_password, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(s.login, s.full_name, s.position, s.role, s.password_hash, s.must_change_password ? 1 : 0, s.now, s.now);
  return Number(info.lastInsertRowid);
}

export function updateStaffProfile(
  db: Db,
  id: number,
  p: { full_name: string; position: string | null; role: string; active: boolean; now: string },
): void {
  db.prepare('UPDATE staff SET full_name = ?, position = ?, role = ?, active = ?, updated_at = ? WHERE id = ?').run(
    p.full_name,
    p.position,
    p.role,
    p.active ? 1 : 0,
    p.now,
    id,
  );
}

export function setPassword(db: Db, id: number, passwordHash: string, mustChange: boolean, now: string): void {
  db.prepare(
    `UPDATE staff SET password_hash = ?, must_change_password = ?, failed_logins = 0, locked_until = NULL,
       updated_at = ? WHERE id = ?`,
  ).run(passwordHash, mustChange ? 1 : 0, now, id);
}

export function recordFailedLogin(db: Db, id: number, failedLogins: number, lockedUntil: string | null): void {
  db.prepare('UPDATE staff SET failed_logins = ?, locked_until = ? WHERE id = ?').run(failedLogins, lockedUntil, id);
}

export function clearFailedLogins(db: Db, id: number): void {
  db.prepare('UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE id = ?').run(id);
}
