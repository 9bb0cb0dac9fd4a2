/** A window as the office writes it: `20:00–次日02:00` (`next` is 次日 or "next day "). */
export const windowText = (w: { start: string; end: string; endsNextDay: boolean }, next: string) =>
  `${w.start}–${w.endsNextDay ? next : ''}${w.end}`
