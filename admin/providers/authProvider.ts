// Cookie-session auth against /api/auth. Permissions come from the server as
// "<resource>.<action>" strings; canAccess only looks them up.
import type { AuthProvider, UserIdentity } from 'react-admin';
import type { Permission, Session } from '../types';
import { httpClient, errorBody, errorStatus } from './httpClient';
import { queryClient } from './queryClient';
import { getSession, loadSession, setSession, updateSession } from './session';

export const CHANGE_PASSWORD_PATH = '/change-password';

// Screens whose server permission has another name than react-admin's action: the
// marketing list is a read-only list, but every read of it is an audited export.
const PERMISSION_ALIASES: Readonly<Record<string, Permission>> = {
  'marketing-list.list': 'marketing-list.export',
};

/**
 * Our own checks ask by a Permission (useCan); react-admin's (menu, CreateButton…) ask by any resource and action,
 * so those arrive as strings, and a pair that names no permission is simply refused.
 */
export const canAccessWith = (permissions: readonly Permission[], resource: string, action: string): boolean => {
  const asked = `${resource}.${action}`;
  const permission: string = PERMISSION_ALIASES[asked] ?? asked;
  return (permissions as readonly string[]).includes(permission);
};

export const authProvider: AuthProvider = {
  async login({ login, password }: { login: string; password: string }) {
    let session: Session;
    try {
      const { json } = await httpClient('/api/auth/login', {
        method: 'POST',
        body: JSON.stringify({ login, password }),
      });
      session = json as Session;
    } catch (error) {
      throw new Error(loginErrorMessage(error));
    }
    setSession(session);
    // Every other API answers 403 until a temporary password is replaced.
    return session.must_change_password ? { redirectTo: CHANGE_PASSWORD_PATH } : undefined;
  },

  async logout() {
    if (getSession()) {
      try {
        await httpClient('/api/auth/logout', { method: 'POST' });
      } catch {
        // The session may already be gone on the server (that is often why we are here).
      }
    }
    setSession(null);
  },

  async checkAuth() {
    try {
      await loadSession();
    } catch {
      // Opening the app logged out is not an error worth a notification.
      throw { message: false };
    }
  },

  async checkError(error: unknown) {
    const status = errorStatus(error);
    if (status === 401) {
      // logout() clears the session; react-admin then shows "session ended" and the login page.
      throw new Error('ra.notification.logged_out');
    }
    if (status === 403 && errorBody(error)?.code === 'password_change_required') {
      // E.g. an administrator reset this user's password mid-session: the layout must
      // now keep them on the change-password page.
      updateSession({ must_change_password: true });
      void queryClient.invalidateQueries({ queryKey: ['auth', 'getIdentity'] });
      throw { redirectTo: CHANGE_PASSWORD_PATH, logoutUser: false, message: false };
    }
    // Any other 403 is a refused action: the caller shows the server's message.
  },

  async getIdentity(): Promise<UserIdentity> {
    const session = await loadSession();
    return {
      id: session.id,
      fullName: session.full_name,
      login: session.login,
      role: session.role,
      must_change_password: session.must_change_password,
    };
  },

  async getPermissions() {
    return (await loadSession()).permissions;
  },

  async canAccess({ resource, action }) {
    const session = await loadSession();
    return canAccessWith(session.permissions, resource, action);
  },
};

const loginErrorMessage = (error: unknown): string => {
  switch (errorStatus(error)) {
    case 401:
      return 'pd.auth.invalid_credentials';
    case 429:
      return 'pd.auth.throttled';
    case 423:
      // The server says until when the account is locked.
      return errorBody(error)?.message || 'pd.auth.locked';
    default:
      return 'ra.auth.sign_in_error';
  }
};
