const widths = ['38%', '100%', '100%', '100%', '100%', '100%', '100%', '100%', '100%', '61%']

/**
 * A page's or a list's outline while it loads, drawn in CSS as antd's Skeleton draws it
 * (`.outline-skeleton` in styles.css): the first thing a signed-in page and the residents list
 * show, where antd's Skeleton would be one more component in the first load (the bundle budget).
 */
export const OutlineSkeleton = ({ rows = 6 }: { rows?: number }) => (
  <div className="outline-skeleton" aria-hidden>
    {widths
      .slice(0, 1)
      .concat(widths.slice(1, rows), widths.slice(-1))
      .map((width, index) => (
        <span key={index} style={{ width }} />
      ))}
  </div>
)
