// STUB (the access-report slice replaces it).
export class AccessReportService {}
