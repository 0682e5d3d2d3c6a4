import { CONSENT_CHANNELS, PURPOSES } from '../types';

// Choice names are i18n keys; react-admin's inputs and fields translate them.
export const PURPOSE_CHOICES = PURPOSES.map((purpose) => ({
  id: purpose,
  name: `resources.consents.purpose.${purpose}`,
}));

export const CHANNEL_CHOICES = CONSENT_CHANNELS.map((channel) => ({
  id: channel,
  name: `resources.consents.channel.${channel}`,
}));

/** The ways staff record a consent by hand; website consents come only with a submission. */
export const PAPER_CHANNEL_CHOICES = CHANNEL_CHOICES.filter((choice) => choice.id !== 'website');

export const CONSENT_STATUS_CHOICES = (['active', 'withdrawn'] as const).map((status) => ({
  id: status,
  name: `resources.consents.status.${status}`,
}));
