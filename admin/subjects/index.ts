import SubjectIcon from '@mui/icons-material/AssignmentInd';
import type { Subject } from '../types';
import { lazyView } from '../common/lazyView';
import { subjectFullName } from './subjectPayload';

export default {
  list: lazyView(() => import('./SubjectList'), 'SubjectList'),
  show: lazyView(() => import('./SubjectShow'), 'SubjectShow'),
  edit: lazyView(() => import('./SubjectEdit'), 'SubjectEdit'),
  create: lazyView(() => import('./SubjectCreate'), 'SubjectCreate'),
  icon: SubjectIcon,
  recordRepresentation: (subject: Subject) => subjectFullName(subject),
};
