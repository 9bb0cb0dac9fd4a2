// The office's register pages, loaded together when one of them is shown
// (app/routes/patrol-office.lazy.tsx).
export { PatrolFollowUpsPage } from './patrol-follow-ups-page'
export { PatrolLogFormPage } from './patrol-log-form-page'
export { PatrolLogPage } from './patrol-log-page'
export { PatrolLogsPage } from './patrol-logs-page'
