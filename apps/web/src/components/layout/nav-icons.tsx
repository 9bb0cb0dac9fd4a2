/**
 * Navigation icons drawn here rather than taken from @ant-design/icons: every nav icon is in
 * the first load of each signed-in page (the bundle budget), and these few strokes weigh less
 * than the library's paths. Sized and coloured as antd's icons (1em, currentColor).
 */
const StrokeIcon = ({ children }: { children: React.ReactNode }) => (
  <span role="img" aria-hidden className="anticon">
    <svg
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  </span>
)

/** 出租房屋: a house with a key. */
export const RentalIcon = () => (
  <StrokeIcon>
    <path d="M3 11 12 4l9 7M5 9.5V20h6M19 9.5V13" />
    <circle cx="16" cy="17" r="2.5" />
    <path d="M18 19l3 3" />
  </StrokeIcon>
)

/** 暂住人口: a person arriving (a person with a plus). */
export const ArrivalIcon = () => (
  <StrokeIcon>
    <circle cx="9" cy="8" r="4" />
    <path d="M2 21c0-4 3-7 7-7s7 3 7 7M19 8v6M16 11h6" />
  </StrokeIcon>
)

/** 数据看板: a bar chart on its axis. */
export const DashboardIcon = () => (
  <StrokeIcon>
    <path d="M3 3v18h18M8 17v-5M13 17V7M18 17v-8" />
  </StrokeIcon>
)
