import { PARTNERSHIP_REMINDERS } from '@manager/api-partners';

/**
 * Preloaded (`node -r`) into the API processes of two-processes.spec.ts: the end-date reminder job
 * runs every TEST_REMINDER_INTERVAL_MS instead of every ten minutes, so that both processes run it
 * over and over, at overlapping moments, while the test watches. The job reads the interval when
 * it starts, after this has run.
 */
(PARTNERSHIP_REMINDERS as { intervalMs: number }).intervalMs = Number(process.env['TEST_REMINDER_INTERVAL_MS'] ?? 200);
