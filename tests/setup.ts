// Loaded by mocha before every test file (see .mocharc.json).
// Tests must never write logs to stdout, and dates are Europe/London.
process.env.TZ = process.env.TZ ?? 'Europe/London';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
