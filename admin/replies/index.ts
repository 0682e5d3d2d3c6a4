import { createElement } from 'react';
import ReplyIcon from '@mui/icons-material/Reply';
import { reactRouterProvider } from 'react-admin';
import { lazyView } from '../common/lazyView';
import { i18nProvider } from '../i18n/i18nProvider';
import type { ReplyRecord } from './replyFields';
import { REPLY_PRINT_ROUTE } from './paths';

const ReplyPrint = lazyView(() => import('./ReplyPrint'), 'ReplyPrint');

// No create screen (a reply is prepared from its letter's card) and no delete (the outgoing register keeps every
// number: the server answers 405).
export default {
  list: lazyView(() => import('./ReplyList'), 'ReplyList'),
  show: lazyView(() => import('./ReplyShow'), 'ReplyShow'),
  edit: lazyView(() => import('./ReplyEdit'), 'ReplyEdit'),
  icon: ReplyIcon,
  // A plain string: react-admin puts it into page titles, where an element would show as nothing.
  recordRepresentation: (reply: ReplyRecord) =>
    reply.out_number ?? i18nProvider.translate('resources.replies.draft_of', { number: reply.letter_reg_number }),
  children: createElement(reactRouterProvider.Route, {
    path: REPLY_PRINT_ROUTE,
    element: createElement(ReplyPrint),
  }),
};
