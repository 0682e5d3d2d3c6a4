/** The i18n key (or the server's words) of a failed report request; localizeHttpError has put a key there when known. */
export const errorMessage = (error: unknown) => (error as Error | null)?.message || 'ra.notification.http_error';
