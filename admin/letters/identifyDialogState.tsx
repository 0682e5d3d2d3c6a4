import { createContext, useContext, useState, type ReactNode } from 'react';
import type { MatchedSubject } from '../types';

interface IdentifyDialogState {
  open: boolean;
  /** The subject to compare with first (a suggested match), if any. */
  subject: MatchedSubject | null;
  /** Changes on every opening, so the dialog starts afresh. */
  key: number;
}

const IdentifyDialogContext = createContext<{
  state: IdentifyDialogState;
  openIdentify: (subject?: MatchedSubject) => void;
  close: () => void;
}>({ state: { open: false, subject: null, key: 0 }, openIdentify: () => undefined, close: () => undefined });

/** Lets both the toolbar and a suggested match open the one identify dialog of the letter's page. */
export const IdentifyDialogProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<IdentifyDialogState>({ open: false, subject: null, key: 0 });
  const openIdentify = (subject?: MatchedSubject) =>
    setState((previous) => ({ open: true, subject: subject ?? null, key: previous.key + 1 }));
  const close = () => setState((previous) => ({ ...previous, open: false }));
  return (
    <IdentifyDialogContext.Provider value={{ state, openIdentify, close }}>{children}</IdentifyDialogContext.Provider>
  );
};

export const useIdentifyDialog = () => useContext(IdentifyDialogContext);
