/** The OpenAPI tag of the subsidy module's routes (cases, standards, payouts, pairings). */
export const subsidiesTag = 'Subsidies'
