export * from './security-events';
export * from './network';
