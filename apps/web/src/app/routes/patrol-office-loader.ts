/** The patrol office pages' lazy file, one import for its five routes (one preload list). */
export const patrolOffice = () => import('./patrol-office.lazy')
