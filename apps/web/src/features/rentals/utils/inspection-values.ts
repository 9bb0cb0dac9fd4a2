/** 王芳、李强 / 王芳 李强 / 王芳,李强 → the inspectors' names, as the clerk types them. */
export const splitNames = (text: string) =>
  text
    .split(/[、,，;；\s]+/)
    .map((n) => n.trim())
    .filter(Boolean)
