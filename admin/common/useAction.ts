// The one way the SPA calls an action that is not CRUD (publish, withdraw, reveal, reset a password, export…):
// react-admin's useDataProvider (so a 401/403 also reaches authProvider.checkError) inside react-query's useMutation,
// as react-admin's "Calling Custom Methods" shows, with the side effects every such button needs.
import { useCallback } from 'react';
import { useMutation, useQueryClient, type Query } from '@tanstack/react-query';
import { useDataProvider, useNotify, type Identifier } from 'react-admin';
import type { PdDataProvider } from '../providers/dataProvider';
import { errorBody } from '../providers/httpClient';
import { localizeHttpError } from '../providers/serverErrors';
import type { PermissionResource } from '../providers/useCan';

/** A resource whose cached queries all go stale, or one record of it: its card, and every list of the resource. */
export type Touched = PermissionResource | { resource: PermissionResource; id?: Identifier };

/** A notification: an i18n key, its type (by default 'success') and its arguments. */
export interface Notice {
  message: string;
  type?: 'success' | 'info' | 'warning';
  messageArgs?: Record<string, unknown>;
}

/** Field → i18n key (or the server's text when it gave no known code), as react-admin inputs show them. */
export type FieldErrors = Record<string, string>;

export interface ActionOptions<TData, TVariables> {
  /** The call, e.g. `(dataProvider, basis: string) => dataProvider.withdrawConsent(id, basis)`. */
  action: (dataProvider: PdDataProvider, variables: TVariables) => Promise<TData>;
  /** Told on success: an i18n key, a Notice, or a Notice made from the answer. */
  successMessage?: string | Notice | ((data: TData, variables: TVariables) => Notice);
  /** The records the action changed, marked stale on success (the ones on screen are fetched again). */
  invalidate?: readonly Touched[];
  /** On success, after the invalidation and before the notification; the action stays pending until it resolves. */
  onSuccess?: (data: TData, variables: TVariables) => unknown;
  /** Return true when it has told the user itself; otherwise the hook notifies the server's message. */
  onError?: (error: unknown, variables: TVariables) => boolean | void;
  /** The caller shows field errors beside its inputs: an error that has some is not notified as well. */
  showsFieldErrors?: boolean;
}

export type ActionOutcome<TData> =
  { ok: true; data: TData } | { ok: false; error: unknown; fieldErrors: FieldErrors | undefined };

export interface Action<TData, TVariables> {
  /** Runs the action; never rejects (the error has been handled), says how it went. */
  run: (variables: TVariables) => Promise<ActionOutcome<TData>>;
  isPending: boolean;
  /** The field errors of the last failure, until the next run or reset. */
  fieldErrors: FieldErrors | undefined;
  reset: () => void;
}

/**
 * @example
 * const { run, isPending } = useAction({
 *   action: (dataProvider, basis: string) => dataProvider.withdrawConsent(consentId, basis),
 *   successMessage: { message: 'resources.consents.notifications.withdrawn', type: 'info' },
 *   invalidate: ['consents', 'marketing-list'],
 *   onSuccess: () => setOpen(false),
 * });
 * <ReasonDialog loading={isPending} onConfirm={run} … />
 */
export const useAction = <TData, TVariables = void>(
  options: ActionOptions<TData, TVariables>,
): Action<TData, TVariables> => {
  const { action, successMessage, invalidate = [], onSuccess, onError, showsFieldErrors = false } = options;
  const dataProvider = useDataProvider<PdDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();

  const mutation = useMutation<TData, unknown, TVariables>({
    mutationFn: (variables) => action(dataProvider, variables),
    // Nothing an action answered (e.g. medical information) stays in react-query's cache once its component is gone.
    gcTime: 0,
    onSuccess: async (data, variables) => {
      if (invalidate.length > 0) {
        void queryClient.invalidateQueries({
          predicate: (query) => invalidate.some((target) => touches(target, query)),
        });
      }
      await onSuccess?.(data, variables);
      const notice = typeof successMessage === 'function' ? successMessage(data, variables) : successMessage;
      if (notice === undefined) return;
      const { message, type = 'success', messageArgs } = typeof notice === 'string' ? { message: notice } : notice;
      notify(message, { type, messageArgs });
    },
    onError: (error, variables) => {
      if (onError?.(error, variables) === true) return;
      if (showsFieldErrors && fieldErrorsOf(error)) return;
      const message = messageOf(error);
      // `_`: a server text that is no i18n key is shown as it is.
      notify(message, { type: 'error', messageArgs: { _: message } });
    },
  });

  const { mutateAsync, isPending, error, reset } = mutation;
  const run = useCallback(
    (variables: TVariables): Promise<ActionOutcome<TData>> =>
      mutateAsync(variables).then(
        (data) => ({ ok: true as const, data }),
        (failure: unknown) => ({ ok: false as const, error: failure, fieldErrors: fieldErrorsOf(failure) }),
      ),
    [mutateAsync],
  );

  return { run, isPending, fieldErrors: error ? fieldErrorsOf(error) : undefined, reset };
};

// react-admin's query keys start with the resource: [resource, 'getOne', { id: String(id), meta }],
// [resource, 'getList' | 'getMany' | 'getManyReference' | …, …]; ours too (['submissions', 'pendingCount']).
const touches = (target: Touched, query: Query): boolean => {
  const { resource, id } = typeof target === 'string' ? { resource: target, id: undefined } : target;
  const [queryResource, method, params] = query.queryKey as [unknown, unknown, unknown];
  if (queryResource !== resource) return false;
  if (id === undefined || method !== 'getOne') return true;
  return String((params as { id?: unknown } | undefined)?.id) === String(id);
};

// httpClient already turns the server's codes into i18n keys; a data provider that did not (downloadCsv does,
// a test's fake may not) is localized here. Localizing twice gives the same keys.
const messageOf = (error: unknown): string => {
  const message = (localizeHttpError(error) as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' && message !== '' ? message : 'ra.notification.http_error';
};

const fieldErrorsOf = (error: unknown): FieldErrors | undefined => {
  const errors = errorBody(localizeHttpError(error))?.errors;
  if (!errors || typeof errors !== 'object' || Object.keys(errors).length === 0) return undefined;
  return errors as FieldErrors;
};
