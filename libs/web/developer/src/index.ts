export * from './lib/developer.routes';
export { PartnerApiAccessSection } from './lib/partner-api-access/partner-api-access-section';
export { seesPartnerApiAccess, mayBlockPartnerTokens } from './lib/shared/token-access';
