// File fields of a resource, in the manner of react-admin's addUploadFeature / withLifecycleCallbacks: the record is
// saved as JSON without them, then each new file (what FileInput gives: { rawFile: File, src, title }) is POSTed
// on its own as multipart/form-data, field `file`, to the record's upload endpoint. The server detects the type,
// enforces the size and seals the file; one file per request keeps its limit a limit on one file.
import {
  HttpError,
  type CreateParams,
  type DataProvider,
  type Identifier,
  type RaRecord,
  type UpdateParams,
} from 'react-admin';
import { httpClient } from './httpClient';

export interface UploadField {
  /** The record field a FileInput writes (one file, or an array with `multiple`). */
  field: string;
  /** Where one file of the saved record goes, e.g. id => `/api/letters/${id}/attachments`. */
  endpoint: (id: Identifier) => string;
}

/** resource → its file fields. */
export type UploadConfig = Record<string, UploadField | UploadField[]>;

/** Sends one file and answers the server's record of it. */
export type SendFile = (url: string, file: File) => Promise<unknown>;

/**
 * Through httpClient, so the CSRF header (and its one retry with a fresh token) is the same as for every other
 * write. No Content-Type is set: with a FormData body, fetch writes multipart/form-data with its boundary itself.
 */
const sendFile: SendFile = async (url, file) => {
  const body = new FormData();
  body.append('file', file, file.name);
  const { json } = await httpClient(url, { method: 'POST', body });
  return json;
};

/**
 * Thrown when the record was saved but one of its files was refused (type, size): the message and body are the
 * server's (localized) error, and `saved` / `uploaded` say what exists already, so a create page can go on to the
 * saved record (mutationOptions.onError) instead of creating it a second time.
 */
export class UploadAfterSaveError extends HttpError {
  constructor(
    error: unknown,
    readonly saved: RaRecord,
    readonly uploaded: unknown[],
    readonly fileTitle: string,
  ) {
    const http = error instanceof HttpError ? error : null;
    super(http?.message ?? String((error as Error)?.message ?? error), http?.status ?? 0, {
      ...(http?.body && typeof http.body === 'object' ? http.body : {}),
      saved,
      uploaded,
      file: fileTitle,
    });
    // HttpError resets the prototype to its own, which would make this class invisible to instanceof.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'UploadAfterSaveError';
  }
}

interface NewFile {
  rawFile: File;
  title?: string;
}

const isNewFile = (value: unknown): value is NewFile =>
  !!value && typeof value === 'object' && (value as { rawFile?: unknown }).rawFile instanceof File;

export const withUploads = <T extends DataProvider>(
  dataProvider: T,
  config: UploadConfig,
  send: SendFile = sendFile,
): T => {
  const fieldsOf = (resource: string): UploadField[] => {
    const entry = config[resource];
    return entry ? (Array.isArray(entry) ? entry : [entry]) : [];
  };

  /** The JSON part (without the file fields: files have their own endpoint) and the files of each field. */
  const split = (fields: UploadField[], data: Record<string, unknown>) => {
    const json = { ...data };
    const files = fields.map((f) => {
      const value = data[f.field];
      delete json[f.field];
      const items = value == null ? [] : Array.isArray(value) ? value : [value];
      return {
        config: f,
        present: f.field in data,
        multiple: Array.isArray(value),
        kept: items.filter((v) => !isNewFile(v)),
        added: items.filter(isNewFile),
      };
    });
    return { json, files };
  };

  const uploadAll = async (saved: RaRecord, files: ReturnType<typeof split>['files']): Promise<RaRecord> => {
    const data: Record<string, unknown> = { ...saved };
    const uploaded: unknown[] = [];
    for (const f of files) {
      if (!f.present) continue;
      const stored: unknown[] = [];
      // One after another: the first refusal stops the rest, and says which file it was.
      for (const file of f.added) {
        try {
          const record = await send(f.config.endpoint(saved.id), file.rawFile);
          stored.push(record);
          uploaded.push(record);
        } catch (error) {
          throw new UploadAfterSaveError(error, saved, uploaded, file.title ?? file.rawFile.name);
        }
      }
      const all = [...f.kept, ...stored];
      data[f.config.field] = f.multiple ? all : (all[0] ?? saved[f.config.field] ?? null);
    }
    return data as RaRecord;
  };

  return {
    ...dataProvider,
    create: async (resource: string, params: CreateParams) => {
      const fields = fieldsOf(resource);
      if (!fields.length) return dataProvider.create(resource, params);
      const { json, files } = split(fields, params.data ?? {});
      const result = await dataProvider.create(resource, { ...params, data: json });
      return { ...result, data: await uploadAll(result.data, files) };
    },
    update: async (resource: string, params: UpdateParams) => {
      const fields = fieldsOf(resource);
      if (!fields.length) return dataProvider.update(resource, params);
      const { json, files } = split(fields, params.data ?? {});
      const result = await dataProvider.update(resource, { ...params, data: json });
      return { ...result, data: await uploadAll(result.data, files) };
    },
  };
};
