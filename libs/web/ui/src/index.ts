// Pieces that bring heavy dependencies have entries of their own: `@manager/web-ui/dialogs`,
// `@manager/web-ui/password`, and (for the signed-out pages) `@manager/web-ui/icons` and `/forms`.
export * from './lib/format/format';
export * from './lib/format/format.pipes';
export * from './lib/format/display-locale';
export * from './lib/icons/icon';
export * from './lib/icons/app-icons';
export * from './lib/avatar/avatar';
export * from './lib/empty-state/empty-state';
export * from './lib/skeleton/skeleton';
export * from './lib/forms/server-errors';
export * from './lib/public-page/public-page';
export * from './lib/page-header/page-header';
export * from './lib/keyset-list/keyset-list';
export * from './lib/keyset-list/load-more';
export * from './lib/page-state/page-state';
export * from './lib/routing/route-param';
export * from './lib/language/language-preference';
export * from './lib/language/page-reload';
export * from './lib/table-cards/cell-label';
export * from './lib/table-cards/table-cards';
