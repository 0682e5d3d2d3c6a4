import { useNotify, useRefresh } from 'react-admin';
import { errorBody, errorStatus } from '../providers/httpClient';
import type { Subject } from '../types';
import { useAfterDecision } from './pendingCount';

export type DecisionConflict = 'already_decided' | 'version_conflict';

/**
 * The refusals of a decision that need more than the server's message (useAction notifies any other): someone
 * else decided first (409 already_decided: say who, and show the decision), or the subject changed since it was
 * compared (409 version_conflict: the caller shows the current values again). Returns which one it handled.
 */
export const useDecisionConflictHandler = () => {
  const notify = useNotify();
  const refresh = useRefresh();
  const afterDecision = useAfterDecision();

  return (error: unknown, onSubjectChanged?: (current: Subject) => void): DecisionConflict | undefined => {
    const body = errorBody(error);
    if (errorStatus(error) !== 409) return undefined;
    if (body?.code === 'already_decided') {
      notify('resources.submissions.notifications.already_decided', {
        type: 'warning',
        autoHideDuration: 10_000,
        messageArgs: { login: typeof body.decided_by_login === 'string' ? body.decided_by_login : '—' },
      });
      afterDecision();
      refresh();
      return 'already_decided';
    }
    if (body?.code === 'version_conflict' && body.current && onSubjectChanged) {
      onSubjectChanged(body.current as Subject);
      notify('resources.submissions.notifications.version_conflict', { type: 'warning', autoHideDuration: 10_000 });
      return 'version_conflict';
    }
    return undefined;
  };
};
