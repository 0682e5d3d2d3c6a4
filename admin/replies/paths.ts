import type { Identifier } from 'react-admin';

/** The print-ready view of a reply: a route of the replies resource (its edit route takes ":id/*" otherwise). */
export const REPLY_PRINT_ROUTE = ':id/print';

export const replyPrintPath = (id: Identifier) => `/replies/${encodeURIComponent(String(id))}/print`;
