export { seedDemoData } from './lib/seed';
export { DEMO_LOGINS, DEMO_PASSWORD } from './lib/demo-data';
