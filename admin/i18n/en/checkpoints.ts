import type * as ru from '../ru/checkpoints';
import type { SameKeys } from '../sameKeys';

export const checkpoints: SameKeys<typeof ru.checkpoints> = {
  name: 'Checkpoint |||| Log checkpoints',
  page: {
    show: 'Checkpoint %{recordRepresentation}',
  },
  empty: 'No checkpoints yet',
  fields: {
    id: 'No.',
    audit_id: 'Log entry',
    audit_hash: 'Entry hash',
    signed_at: 'Signed (Moscow)',
    reason: 'Reason',
    signature: 'Signature',
    key_fingerprint: 'Key',
  },
  reason: {
    interval: 'Scheduled',
    shutdown: 'Server stop',
    manual: 'On demand',
    rotation: 'Key rotation',
  },
  sections: {
    checkpoint: 'Checkpoint',
    handover: 'Text to hand over',
  },
  handover_hint:
    'Paste this text into an e-mail to the director or copy it into the paper journal: with it and the public key, the log up to this entry can be checked without trusting the server.',
  text: {
    title: 'PD Desk, log checkpoint No. %{id}',
    entry: 'Log entry',
    hash: 'Entry hash',
    time: 'Signed',
    moscow: 'Moscow',
    key: 'Key',
    signature: 'Signature',
  },
  public_key: {
    title: 'The log’s public key (Ed25519)',
    hint: 'It checks the signatures of every checkpoint. An auditor need only write down the fingerprint.',
    fingerprint: 'Fingerprint:',
    copy: 'Copy the key',
    failed: 'The public key could not be fetched',
  },
  actions: {
    sign_now: 'Sign now',
    copy_text: 'Copy the text',
  },
  notifications: {
    signed: 'Checkpoint No. %{id} signed',
    copied: 'Copied',
    copy_failed: 'The browser refused to copy: select the text by hand',
  },
};
