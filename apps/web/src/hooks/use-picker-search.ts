import { useState } from 'react'
import { useDebouncedValue } from './use-debounced-value'

type TOption = { value: string; label: string }

/**
 * What a picker that searches on the server needs beyond its query:
 * - `text`, the search settled for 300 ms, to query with;
 * - `current(isFetching)`: whether the results on hand are for what is typed now. A list for an
 *   older search, replaced while the clerk presses Enter, picks the wrong record or none (seen
 *   in CI with both the resident and the committee picker), so only current results are shown;
 * - `picked` and `remember`: the labels of the records chosen, so a chosen value keeps its name
 *   when the results change (or go back to the first page as the search clears).
 */
export const usePickerSearch = () => {
  const [search, setSearch] = useState('')
  const text = useDebouncedValue(search.trim(), 300)
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(new Map())
  return {
    text,
    setSearch,
    current: (isFetching: boolean) => text === search.trim() && !isFetching,
    picked,
    remember: (next: string | string[] | undefined, options: readonly TOption[]) => {
      const ids = next === undefined ? [] : Array.isArray(next) ? next : [next]
      setPicked((before) => {
        const after = new Map(before)
        for (const id of ids) {
          const label = options.find((o) => o.value === id)?.label
          if (label) after.set(id, label)
        }
        return after
      })
    },
  }
}
