export { defineContext, loadersFactory, type ContextModule, type JobDependencies, type JobStarter, type RunningJob } from './context-module';
export { orderMigrations, type OrderedMigration } from './migration-order';
