export * from './lib/format/format';
export * from './lib/format/format.pipes';
export * from './lib/icons/app-icons';
export * from './lib/avatar/avatar';
export * from './lib/empty-state/empty-state';
export * from './lib/forms/server-errors';
export * from './lib/public-page/public-page';
export * from './lib/page-header/page-header';
