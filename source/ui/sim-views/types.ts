/** A line of a simulation's drawing; `color` is an Ink colour name (cyan, green, yellow, red, gray) or none. */
export type ViewLine = {text: string; color?: string};
