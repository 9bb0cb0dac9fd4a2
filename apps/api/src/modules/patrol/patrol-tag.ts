/** The OpenAPI tag of the patrol routes. */
export const patrolTag = 'patrol'
