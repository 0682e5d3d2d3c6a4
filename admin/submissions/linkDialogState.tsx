import { createContext, useContext, useState, type ReactNode } from 'react';
import type { MatchedSubject } from '../types';

interface LinkDialogState {
  open: boolean;
  /** The subject to compare with first (a suggested match), if any. */
  subject: MatchedSubject | null;
  /** Changes on every opening, so the dialog starts afresh. */
  key: number;
}

const LinkDialogContext = createContext<{
  state: LinkDialogState;
  openLink: (subject?: MatchedSubject) => void;
  close: () => void;
}>({ state: { open: false, subject: null, key: 0 }, openLink: () => undefined, close: () => undefined });

/** Lets both the toolbar and a suggested match open the one link dialog of the page. */
export const LinkDialogProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<LinkDialogState>({ open: false, subject: null, key: 0 });
  const openLink = (subject?: MatchedSubject) =>
    setState((previous) => ({ open: true, subject: subject ?? null, key: previous.key + 1 }));
  const close = () => setState((previous) => ({ ...previous, open: false }));
  return <LinkDialogContext.Provider value={{ state, openLink, close }}>{children}</LinkDialogContext.Provider>;
};

export const useLinkDialog = () => useContext(LinkDialogContext);
