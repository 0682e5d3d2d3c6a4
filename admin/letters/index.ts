import LetterIcon from '@mui/icons-material/Markunread';
import { lazyView } from '../common/lazyView';
import type { Letter } from '../types';

// No delete: the register keeps every number it gave (the server answers 405).
export default {
  list: lazyView(() => import('./LetterList'), 'LetterList'),
  show: lazyView(() => import('./LetterShow'), 'LetterShow'),
  edit: lazyView(() => import('./LetterEdit'), 'LetterEdit'),
  create: lazyView(() => import('./LetterCreate'), 'LetterCreate'),
  icon: LetterIcon,
  recordRepresentation: (letter: Letter) => letter.reg_number,
};
