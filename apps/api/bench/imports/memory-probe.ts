// Resident memory of the importer's process during one measured run: the RSS when it starts
// (after a GC, when the process was started with --expose-gc) and the highest RSS seen until it
// stops — sampled every 20 ms, and checked against the kernel's own high-water mark
// (resourceUsage().maxRSS), which also catches a peak between samples or while a long
// synchronous step keeps the timer from firing.

export type TMemoryFigures = { baselineRss: number; peakRss: number }

export const createMemoryProbe = () => {
  globalThis.gc?.()
  const baselineRss = process.memoryUsage().rss
  let peakRss = baselineRss
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss)
  }
  // unref: a run that fails before stop() must not keep the process alive.
  const timer = setInterval(sample, 20).unref()
  return {
    stop: (): TMemoryFigures => {
      clearInterval(timer)
      sample()
      // maxRSS is in KiB and covers the process's whole life; before the run it was lower
      // (the baseline is taken after the app was built), so it only raises a missed peak.
      return { baselineRss, peakRss: Math.max(peakRss, process.resourceUsage().maxRSS * 1024) }
    },
  }
}
