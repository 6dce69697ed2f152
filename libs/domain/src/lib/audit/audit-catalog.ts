import type { AuditAction, AuditData } from './audit-vocabulary';

/**
 * One language's words for the trail: a sentence for every action of the vocabulary (the type
 * makes a missing one a compile error; `audit-render.spec.ts` checks it at run time too).
 */
export type AuditCatalog = { readonly [A in AuditAction]: (data: AuditData<A>) => string };
