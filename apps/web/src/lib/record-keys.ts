/**
 * The root query keys of the registry's records. A feature builds its own keys under its root;
 * another feature whose write changes those records invalidates the root (a household move
 * changes residents and dwellings) without importing the feature that owns them.
 */
export const recordRoots = {
  residents: ['residents'] as const,
  buildings: ['buildings'] as const,
  dwellings: ['dwellings'] as const,
  households: ['households'] as const,
  /** 出租房屋, 治安责任书 and 暂住人口: one root, as one write changes all three. */
  rentals: ['rentals'] as const,
  /** 低保案件: shown on household and resident pages as well as their own. */
  subsidyCases: ['subsidy-cases'] as const,
}
