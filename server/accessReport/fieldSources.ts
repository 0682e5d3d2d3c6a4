import type { FieldSourceKind, Service, SubjectFields } from '../contract/index.js';
import { clinicDay } from '../shared/clinicDate.js';
import type { FieldWrite } from './accessReport.repo.js';

export interface FieldSource {
  source: FieldSourceKind;
  source_date: string;
  service: Service | null;
  reference: string | null;
}

/** The readable part of a subject.created / subject.corrected entry (personal values stay sealed and unread). */
interface WriteDetails {
  fields?: string[];
  source?: string;
  receipt_id?: string;
  reg_number?: string;
}

/**
 * Where each field's current value came from: the last entry that wrote it. A creation writes every field; a
 * correction names the fields it changed and, when it had one, its source (a submission taken in, a letter). Anything
 * else was typed by staff from a document the log does not name, so it says so rather than guess.
 * `servicesByReceipt` holds this subject's own submissions only: a receipt number of anyone else never resolves.
 */
export function fieldSources(
  writes: readonly FieldWrite[],
  servicesByReceipt: ReadonlyMap<string, Service>,
  createdAt: string,
): (field: keyof SubjectFields) => FieldSource {
  const byField = new Map<string, FieldSource>();
  // A subject loaded without a creation entry (an import) is known only by its creation time.
  let created: FieldSource = {
    source: 'staff',
    source_date: clinicDay(new Date(createdAt)),
    service: null,
    reference: null,
  };
  for (const write of writes) {
    const details = parse(write.details);
    const source = sourceOf(details, servicesByReceipt, write.at);
    if (write.action === 'subject.created') {
      byField.clear();
      created = source;
    } else {
      for (const field of details.fields ?? []) byField.set(field, source);
    }
  }
  return (field) => byField.get(field) ?? created;
}

function sourceOf(details: WriteDetails, services: ReadonlyMap<string, Service>, at: string): FieldSource {
  const source_date = clinicDay(new Date(at));
  if (details.source === 'submission' && details.receipt_id && services.has(details.receipt_id)) {
    return {
      source: 'website',
      source_date,
      service: services.get(details.receipt_id)!,
      reference: details.receipt_id,
    };
  }
  if (details.source === 'letter' && details.reg_number) {
    return { source: 'letter', source_date, service: null, reference: details.reg_number };
  }
  return { source: 'staff', source_date, service: null, reference: null };
}

function parse(details: string | null): WriteDetails {
  if (!details) return {};
  try {
    const value: unknown = JSON.parse(details);
    return value && typeof value === 'object' ? (value as WriteDetails) : {};
  } catch {
    return {};
  }
}
