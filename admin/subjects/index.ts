import SubjectIcon from '@mui/icons-material/AssignmentInd';
import type { Subject } from '../types';
import { lazyView } from '../common/lazyView';
import { i18nProvider } from '../i18n/i18nProvider';
import { subjectFullName } from './subjectPayload';

export default {
  list: lazyView(() => import('./SubjectList'), 'SubjectList'),
  show: lazyView(() => import('./SubjectShow'), 'SubjectShow'),
  edit: lazyView(() => import('./SubjectEdit'), 'SubjectEdit'),
  create: lazyView(() => import('./SubjectCreate'), 'SubjectCreate'),
  icon: SubjectIcon,
  // A plain string, since react-admin puts it into page titles too. A destroyed subject's name columns hold only the
  // server's placeholders: it is named by its number.
  recordRepresentation: (subject: Subject) =>
    subject.status === 'destroyed'
      ? i18nProvider.translate('resources.subjects.destroyed.representation', { id: subject.id })
      : subjectFullName(subject),
};
