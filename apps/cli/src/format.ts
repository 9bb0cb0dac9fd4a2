/** Numbers as Chinese office software shows them: 12,345. */
export const count = (n: number) => n.toLocaleString('en-US')

export const bytes = (n: number) => {
  if (n < 1024) return `${n} 字节`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}
