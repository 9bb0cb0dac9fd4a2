import { createElement, useMemo, type ComponentProps } from 'react'

/**
 * antd's Table has no caption; this adds a visually hidden <caption> so screen readers (and
 * Playwright's getByRole('table', { name })) know which table it is.
 */
export const useTableCaption = (caption: string) =>
  useMemo(
    () => ({
      table: ({ children, ...props }: ComponentProps<'table'>) =>
        createElement(
          'table',
          props,
          createElement('caption', { className: 'visually-hidden' }, caption),
          children,
        ),
    }),
    [caption],
  )
