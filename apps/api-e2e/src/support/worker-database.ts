/**
 * Runs before each spec file (setupFiles): points DATABASE_URL at this Jest worker's own database
 * of those global setup started (JEST_WORKER_ID is 1…maxWorkers; 1 in band).
 */
const urls = (process.env['DEBRIEF_TEST_DATABASE_URLS'] ?? '').split(' ').filter(Boolean);
const worker = Number(process.env['JEST_WORKER_ID'] ?? '1');
if (urls.length > 0) process.env['DATABASE_URL'] = urls[(Math.max(1, worker) - 1) % urls.length];
