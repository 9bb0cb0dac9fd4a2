/** Hands a file made in the page to the browser's download (a hidden link, clicked once). */
export const saveFile = (name: string, blob: Blob) => {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Later than the click: some browsers start reading the file only after it returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
