import type { RaRecord } from 'react-admin';
import type * as C from '../types';
import { DISCLOSURE_BODY_TYPES, DISCLOSURE_CATEGORIES, DISCLOSURE_CHANNELS, DISCLOSURE_STATUSES } from '../types';

export type Disclosure = C.Disclosure & RaRecord;
export type DisclosureDetail = C.DisclosureDetail & RaRecord;

// Choice names are i18n keys; react-admin's inputs and fields translate them.
const choices = (values: readonly string[], prefix: string) =>
  values.map((value) => ({ id: value, name: `resources.disclosures.${prefix}.${value}` }));

export const BODY_TYPE_CHOICES = choices(DISCLOSURE_BODY_TYPES, 'body_type');
export const STATUS_CHOICES = choices(DISCLOSURE_STATUSES, 'status');
export const CATEGORY_CHOICES = choices(DISCLOSURE_CATEGORIES, 'category');
export const CHANNEL_CHOICES = choices(DISCLOSURE_CHANNELS, 'channel');
