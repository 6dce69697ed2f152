// Loaded lazily by `withApolloPages` (api.routes.ts) through this file: a library must not be
// both static and lazy (the module-boundary rule), and the UI library is imported statically.
export { provideErrorTiming } from '@manager/web-ui/forms';
