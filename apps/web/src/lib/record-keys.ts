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
  /**
   * 低保: cases, rolls, standards, pairings and 临时救助 under one root — a step changes what a
   * roll would hold and what the household's and residents' pages show.
   */
  subsidyCases: ['subsidies'] as const,
  /** 巡逻: teams and routes (and, later, plans and logs that name them). */
  patrol: ['patrol'] as const,
  /** 提醒中心: the list and the navigation's count (a step changes both). */
  reminders: ['reminders'] as const,
}
