import { useNotify, useRefresh } from 'react-admin';
import { errorBody, errorStatus } from '../providers/httpClient';
import type { Subject } from '../types';
import { useAfterDecision } from './pendingCount';

export type DecisionFailure = 'already_decided' | 'version_conflict' | 'other';

/**
 * The answers a decision can get besides success: someone else decided first (409
 * already_decided: say who, and show the decision), or the subject changed since it was
 * compared (409 version_conflict: the caller shows the current values again).
 */
export const useDecisionErrorHandler = () => {
  const notify = useNotify();
  const refresh = useRefresh();
  const afterDecision = useAfterDecision();

  return (error: unknown, onSubjectChanged?: (current: Subject) => void): DecisionFailure => {
    const body = errorBody(error);
    if (errorStatus(error) === 409 && body?.code === 'already_decided') {
      notify('resources.submissions.notifications.already_decided', {
        type: 'warning',
        autoHideDuration: 10_000,
        messageArgs: { login: typeof body.decided_by_login === 'string' ? body.decided_by_login : '—' },
      });
      afterDecision();
      refresh();
      return 'already_decided';
    }
    if (errorStatus(error) === 409 && body?.code === 'version_conflict' && body.current && onSubjectChanged) {
      onSubjectChanged(body.current as Subject);
      notify('resources.submissions.notifications.version_conflict', { type: 'warning', autoHideDuration: 10_000 });
      return 'version_conflict';
    }
    const message = (error as Error | undefined)?.message;
    notify(message || 'ra.notification.http_error', { type: 'error', messageArgs: { _: message } });
    return 'other';
  };
};
