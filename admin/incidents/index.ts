import { createElement } from 'react';
import ReportIcon from '@mui/icons-material/ReportGmailerrorred';
import { reactRouterProvider } from 'react-admin';
import { lazyView } from '../common/lazyView';
import type { Incident } from '../types';
import { INCIDENT_PRINT_ROUTE } from './paths';

const IncidentPrint = lazyView(() => import('./IncidentPrint'), 'IncidentPrint');

// No delete: the register keeps every number it gave. Compliance and the administrator only (App.tsx declares the
// resource for them; the server refuses operators anyway).
export default {
  list: lazyView(() => import('./IncidentList'), 'IncidentList'),
  show: lazyView(() => import('./IncidentShow'), 'IncidentShow'),
  edit: lazyView(() => import('./IncidentEdit'), 'IncidentEdit'),
  create: lazyView(() => import('./IncidentCreate'), 'IncidentCreate'),
  icon: ReportIcon,
  recordRepresentation: (incident: Incident) => incident.number,
  children: createElement(reactRouterProvider.Route, {
    path: INCIDENT_PRINT_ROUTE,
    element: createElement(IncidentPrint),
  }),
};
