import type { RaRecord } from 'react-admin';
import type { Incident, IncidentDetail } from '../types';

// The incident's records as react-admin records (admin/types.ts keeps the other resources'; these can join them).
export type IncidentRecord = Incident & RaRecord;
export type IncidentDetailRecord = IncidentDetail & RaRecord;
