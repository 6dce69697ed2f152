export * from './lib/format/format';
export * from './lib/format/format.pipes';
export * from './lib/icons/app-icons';
export * from './lib/avatar/avatar';
export * from './lib/empty-state/empty-state';
