export * from './audit-data';
export * from './audit-vocabulary';
export type { AuditCatalog } from './audit-catalog';
export * from './audit-render';
