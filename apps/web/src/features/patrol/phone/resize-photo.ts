/**
 * A photo made small on the phone before it is queued: at most 1600 px on its longer side, JPEG
 * at quality 0.8 — a 12-megapixel camera picture is 4-6 MB, this is a few hundred KB, so it
 * fits the API's 5 MB limit and goes through a weak signal.
 */
export const maxPhotoSide = 1600

export const scaledSize = (width: number, height: number, max = maxPhotoSide) => {
  const scale = Math.min(1, max / Math.max(width, height))
  return { width: Math.round(width * scale), height: Math.round(height * scale) }
}

export const resizePhoto = async (file: Blob): Promise<Blob> => {
  const bitmap = await createImageBitmap(file)
  const { width, height } = scaledSize(bitmap.width, bitmap.height)
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('No canvas')
  // A PNG's transparent parts would turn black in a JPEG.
  context.fillStyle = '#fff'
  context.fillRect(0, 0, width, height)
  context.drawImage(bitmap, 0, 0, width, height)
  bitmap.close()
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))),
      'image/jpeg',
      0.8,
    ),
  )
}
