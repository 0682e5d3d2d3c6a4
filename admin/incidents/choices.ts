import { INCIDENT_CATEGORIES, INCIDENT_SOURCES, INCIDENT_STATUSES } from '../types';

// Choice names are i18n keys; react-admin's inputs and fields translate them.
export const INCIDENT_STATUS_CHOICES = INCIDENT_STATUSES.map((status) => ({
  id: status,
  name: `resources.incidents.status.${status}`,
}));

export const INCIDENT_SOURCE_CHOICES = INCIDENT_SOURCES.map((source) => ({
  id: source,
  name: `resources.incidents.source.${source}`,
}));

export const INCIDENT_CATEGORY_CHOICES = INCIDENT_CATEGORIES.map((category) => ({
  id: category,
  name: `resources.incidents.category.${category}`,
}));
