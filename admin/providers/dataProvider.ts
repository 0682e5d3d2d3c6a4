// simpleRestProvider for CRUD plus the actions that are not CRUD. The custom methods go
// through react-admin's useDataProvider, so their 401/403 reach authProvider.checkError too.
import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier } from 'react-admin';
import { httpClient } from './httpClient';
import { updateSession } from './session';

const API = '/api';

const postJson = (path: string, body?: unknown) =>
  httpClient(`${API}${path}`, {
    method: 'POST',
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then(({ json }) => json);

export interface PdDataProvider extends DataProvider {
  /** An audited read: the server records who read the medical information and why. */
  revealMedicalInfo: (id: Identifier, reason: string) => Promise<{ medical_info: string | null }>;
  resetStaffPassword: (id: Identifier) => Promise<{ temporary_password: string }>;
  changePassword: (currentPassword: string, newPassword: string) => Promise<{ ok: true; csrfToken: string }>;
}

export const dataProvider: PdDataProvider = {
  ...simpleRestProvider(API, httpClient),

  revealMedicalInfo: (id, reason) =>
    postJson(`/subjects/${encodeURIComponent(String(id))}/medical-info`, { reason }),

  resetStaffPassword: id => postJson(`/staff/${encodeURIComponent(String(id))}/reset-password`),

  changePassword: async (currentPassword, newPassword) => {
    const result = await postJson('/auth/password', { currentPassword, newPassword });
    // The server rotates the session on a password change: keep using the new token.
    updateSession({ csrfToken: result.csrfToken, must_change_password: false });
    return result;
  },
};
