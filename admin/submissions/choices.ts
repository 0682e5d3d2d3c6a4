import { REJECT_CATEGORIES, SERVICES, SUBMISSION_STATUSES } from '../types';

// Choice names are i18n keys; react-admin's inputs and fields translate them.
export const SERVICE_CHOICES = SERVICES.map((service) => ({
  id: service,
  name: `resources.submissions.service.${service}`,
}));

export const SUBMISSION_STATUS_CHOICES = SUBMISSION_STATUSES.map((status) => ({
  id: status,
  name: `resources.submissions.status.${status}`,
}));

/** The outcomes a decided submission can have (the archive's status filter). */
export const DECIDED_STATUS_CHOICES = SUBMISSION_STATUS_CHOICES.filter((choice) => choice.id !== 'new');

export const REJECT_CATEGORY_CHOICES = REJECT_CATEGORIES.map((category) => ({
  id: category,
  name: `resources.submissions.reject_category.${category}`,
}));
