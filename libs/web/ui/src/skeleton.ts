/**
 * The skeleton alone, for the app's first paint (no Material, no other UI code): the frame shown
 * while the session check runs.
 */
export * from './lib/skeleton/skeleton';
