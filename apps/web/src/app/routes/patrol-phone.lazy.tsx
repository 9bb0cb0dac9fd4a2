import { createLazyRoute } from '@tanstack/react-router'
import { PatrolPhonePage } from '@/features/patrol/phone/patrol-phone-page'
import { PhoneShell } from '@/features/patrol/phone/phone-shell'

const Page = () => (
  <PhoneShell>
    <PatrolPhonePage />
  </PhoneShell>
)

export const Route = createLazyRoute('/m/patrol')({ component: Page })
