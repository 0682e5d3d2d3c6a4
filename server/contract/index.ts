// The one contract the SPA and the server share (the SPA imports nothing else of server/).
export * from './roles.js';
export * from './domain.js';
export * from './errors.js';
export * from './limits.js';
export * from './records.js';
export * from './settings.js';
export * from './printing.js';
export * from './replies.js';
export * from './disclosures.js';
export * from './accessReport.js';
export * from './destruction.js';
export * from './checkpoints.js';
export * from './auditReports.js';
export * from './auditExport.js';
export * from './auditFlags.js';
export * from './incidents.js';
